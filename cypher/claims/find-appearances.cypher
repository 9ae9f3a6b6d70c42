// Appearances: distinct articles carrying the claim, with each one's day.
UNWIND $ids AS id
OPTIONAL MATCH (:Claim {id: id})<-[:ASSERTS]-(s:Statement)
WITH id, s.articleId AS articleId, min(s.at) AS at
WITH id, [x IN collect({articleId: articleId, day: substring(at, 0, 10)}) WHERE x.articleId IS NOT NULL] AS articles
RETURN id, articles
