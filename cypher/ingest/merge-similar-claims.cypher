UNWIND $links AS x
MATCH (a:Claim {id: x.fromId}), (b:Claim {id: x.toId})
MERGE (a)-[r:SIMILAR_TO]->(b)
ON CREATE SET r.score = x.score, r.by = x.by, r.createdAt = x.now
