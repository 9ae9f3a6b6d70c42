// Existing actors that might be the same as a name in the batch: those under one of its lookup
// keys (src/ingest/resolve-actors.ts, actorLookupKeys), one unique-index seek per distinct key of
// the batch. The keys are an exact cover of the matcher; the caller decides which candidate, if
// any, is the one. A key's actors are read up to $perKey: one held by more is crowded, and the
// caller reads nothing from it (src/repositories/ingest.repository.ts, MAX_ACTORS_PER_KEY).
UNWIND $keys AS key
MATCH (k:ActorKey {key: key})
CALL (k) {
  MATCH (k)-[:IDENTIFIES]->(a:Actor)
  RETURN a
  LIMIT $perKey
}
RETURN key, collect(a {.id, .name, .aliases, .type, .normalizedNames}) AS candidates
