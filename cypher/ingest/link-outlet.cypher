// The outlet is sought by the actor id's unique index (`(:Outlet {id})` has none and would scan
// every outlet per article), then kept only if it is an outlet.
UNWIND $links AS x
MATCH (a:Article {id: x.articleId}), (o:Actor {id: x.outletId})
WHERE o:Outlet
MERGE (a)-[r:PUBLISHED_BY]->(o)
ON CREATE SET r.by = x.by, r.createdAt = x.now
