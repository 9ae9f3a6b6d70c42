MATCH (a:Article {id: $articleId}), (o:Outlet {id: $outletId})
MERGE (a)-[r:PUBLISHED_BY]->(o)
ON CREATE SET r.by = $by, r.createdAt = $now
