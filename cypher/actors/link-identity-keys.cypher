// Links actors to the ActorKey nodes of their identity keys (src/ingest/resolve-actors.ts), adding
// to what they have: an actor's names only grow (aliases, merges), and its node goes with its
// links when it is deleted. The unique key makes MERGE create a key node once under concurrency.
UNWIND $actors AS x
MATCH (a:Actor {id: x.id})
FOREACH (key IN x.keys | MERGE (k:ActorKey {key: key}) MERGE (k)-[:IDENTIFIES]->(a))
