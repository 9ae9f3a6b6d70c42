// Actor candidates by index seeks instead of a full-text query per name (issue 11, ingest): each
// actor is linked from one ActorKey node per identity key of its names (src/ingest/resolve-actors.ts,
// actorIdentityKeys: a person's surname, an organisation's word set and initials), and ingest
// reads the actors under the keys of the names it meets, one unique-index seek per distinct key of
// a batch. Nodes rather than properties: an actor has as many keys as its spellings give, and a
// list property can't be range-indexed for membership.
CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (n:ActorKey) REQUIRE n.key IS UNIQUE;
// Actors stored before this migration have no keys. Names are split and folded in TypeScript, so
// Cypher cannot compute them here: this marks the graph, and the next ingest links every actor to
// its keys (ingest/find-actors-to-key, then set-actor-keys) and removes the mark.
MATCH (a:Actor)
WITH count(a) AS actors WHERE actors > 0
MERGE (:ActorKeyBackfill {name: 'actor-identity-keys'});
