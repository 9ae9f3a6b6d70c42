UNWIND $links AS x
MATCH (a:Article {id: x.articleId}), (o:Outlet {id: x.outletId})
MERGE (a)-[r:PUBLISHED_BY]->(o)
ON CREATE SET r.by = x.by, r.createdAt = x.now
