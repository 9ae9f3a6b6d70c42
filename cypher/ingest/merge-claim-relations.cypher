// The relation type comes from our enum (COUNTERS or SUPPORTS), never from request text.
UNWIND $relations AS x
MATCH (a:Claim {id: x.fromId}), (b:Claim {id: x.toId})
FOREACH (_ IN CASE WHEN x.relation = 'COUNTERS' THEN [1] ELSE [] END |
  MERGE (a)-[r:COUNTERS]->(b) ON CREATE SET r += x.props)
FOREACH (_ IN CASE WHEN x.relation = 'SUPPORTS' THEN [1] ELSE [] END |
  MERGE (a)-[r:SUPPORTS]->(b) ON CREATE SET r += x.props)
