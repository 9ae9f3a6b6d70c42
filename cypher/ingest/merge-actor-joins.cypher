// How each article's names were joined to actors already in the graph, and how sure the join
// is: a lone surname taken for its only bearer is recorded with a lower confidence, so that a
// curator can find and review such joins.
UNWIND $joins AS x
MATCH (art:Article {id: x.articleId}), (a:Actor {id: x.actorId})
MERGE (art)-[r:JOINED {name: x.name}]->(a)
ON CREATE SET r.confidence = x.confidence, r.match = x.match, r.by = x.by, r.createdAt = x.now
