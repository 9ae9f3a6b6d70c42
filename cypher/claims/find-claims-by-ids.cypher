UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id, c {.id, .text, .firstSeenAt} AS claim
