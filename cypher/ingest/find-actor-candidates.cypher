// Existing actors that might be the same as a name in the batch: those sharing one of its identity
// keys (src/ingest/resolve-actors.ts, actorIdentityKeys), one unique-index seek per distinct key
// of the batch. The keys are an exact cover of the matcher, so every actor it could join is here,
// every bearer of a lone surname included; the caller decides which candidate, if any, is the one.
UNWIND $keys AS key
MATCH (:ActorKey {key: key})-[:IDENTIFIES]->(a:Actor)
RETURN key, collect(a {.id, .name, .aliases, .type, .normalizedNames}) AS candidates
