UNWIND $ids AS id
MATCH (:Claim {id: id})-[r:SIMILAR_TO]-(c:Claim)
RETURN id, r.score AS score, c {.id, .text, .firstSeenAt} AS claim
ORDER BY r.score DESC, c.id
