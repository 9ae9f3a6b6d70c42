UNWIND $ids AS id
MATCH (:Statement {id: id})-[:ASSERTS]->(c:Claim)
RETURN id, c {.id, .text, .firstSeenAt} AS claim
ORDER BY c.id
