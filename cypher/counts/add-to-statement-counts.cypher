// Adds each delta to its counter, creating a missing one. The caller sorts the keys, so two
// transactions take the counters' locks in the same order and wait rather than deadlock.
// `c.count + d.delta` reads the property it writes, so Cypher write-locks the counter before
// reading it (Neo4j's rule for a direct dependency in SET): concurrent writers never lose an
// update. A counter that falls to zero is kept: deleting it under a concurrent writer that has
// just matched it would fail that writer.
UNWIND $deltas AS d
MERGE (c:StatementCount {key: d.key})
ON CREATE SET c.count = toInteger(d.delta),
              c.day = CASE WHEN d.key STARTS WITH 'day:' THEN substring(d.key, 4) END,
              c.actorId = CASE WHEN d.key STARTS WITH 'made:' THEN substring(d.key, 5) END
ON MATCH SET c.count = c.count + toInteger(d.delta)
// A speaker's total (`made:<actor id>`) is also a MadeCount, which keeps its actor's type: the
// indexes on its count, and on the type and count, give the most-quoted speakers in order
// (stats/top-speakers-all-time, actors/list/most-quoted*). The actor is read once, when its
// total is created; its type never changes.
WITH c WHERE c.actorId IS NOT NULL AND NOT c:MadeCount
OPTIONAL MATCH (a:Actor {id: c.actorId})
SET c:MadeCount, c.actorType = a.type
