// The relation type comes from our enum (COUNTERS or SUPPORTS), never from request text.
// A new COUNTERS adds one to the countered claim's `countered` (migration 0016), which
// stats/most-countered-claims-all-time reads from its index. Creating the relationship has
// write-locked both claims already, so concurrent writers add in turn.
UNWIND $relations AS x
MATCH (a:Claim {id: x.fromId}), (b:Claim {id: x.toId})
FOREACH (_ IN CASE WHEN x.relation = 'COUNTERS' THEN [1] ELSE [] END |
  MERGE (a)-[r:COUNTERS]->(b) ON CREATE SET r += x.props, b.countered = coalesce(b.countered, 0) + 1)
FOREACH (_ IN CASE WHEN x.relation = 'SUPPORTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r += x.props)
