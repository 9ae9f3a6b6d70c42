// A curator's link replaces an automatic one between the same claims: people win over extractors.
// A new COUNTERS counts on the countered claim, as in ingest/merge-claim-relations.
MATCH (a:Claim {id: $fromId}), (b:Claim {id: $toId})
FOREACH (_ IN CASE WHEN $relation = 'COUNTERS' THEN [1] ELSE [] END |
  MERGE (a)-[r:COUNTERS]->(b) ON CREATE SET b.countered = coalesce(b.countered, 0) + 1 SET r.confidence = 1.0, r.by = $by, r.createdAt = $now, r.curatedBy = $by)
FOREACH (_ IN CASE WHEN $relation = 'SUPPORTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:SUPPORTS]->(b) SET r.confidence = 1.0, r.by = $by, r.createdAt = $now, r.curatedBy = $by)
WITH a, b
MATCH (a)-[r:COUNTERS|SUPPORTS]->(b)
WHERE type(r) = $relation
RETURN a.id AS fromId, b.id AS toId, type(r) AS relation, r.confidence AS confidence, r.by AS by, r.createdAt AS createdAt
