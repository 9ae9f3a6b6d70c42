UNWIND $ids AS id
MATCH (:Claim {id: id})-[:ABOUT]->(t:Topic)
RETURN id, t {.id, .name} AS topic
ORDER BY t.name
