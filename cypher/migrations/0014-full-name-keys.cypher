// Keys that find a full name without reading every bearer of its surname (issue 11, ingest at
// scale): a person is also stored under each full name's given name and surname
// (`person-name:<surname> <given>`), and a lookup by a full name reads only those; an
// organisation's initials move to keys of their own (`org-initials:`), read only by one-word
// names, so that "Supreme Court" no longer reads every "S… C…" (src/ingest/resolve-actors.ts).
// Keys are computed from names in TypeScript, as in 0012: this removes every key and marks the
// graph, and the next ingest links every actor to its keys anew (ingest/find-actors-to-key).
MATCH (k:ActorKey)
CALL (k) {
  DETACH DELETE k
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (a:Actor)
WITH count(a) AS actors WHERE actors > 0
MERGE (:ActorKeyBackfill {name: 'actor-identity-keys'});
