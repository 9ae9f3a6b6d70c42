UNWIND $ids AS id
OPTIONAL MATCH (c:Claim {id: id})
RETURN id, c IS NOT NULL AS exists
