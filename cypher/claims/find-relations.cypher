// Both directions of COUNTERS and SUPPORTS around each claim, with provenance.
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[r:COUNTERS|SUPPORTS]-(other:Claim)
RETURN id,
       startNode(r).id AS fromId, endNode(r).id AS toId, type(r) AS relation,
       r.confidence AS confidence, r.by AS by, r.createdAt AS createdAt,
       other {.id, .text, .firstSeenAt} AS other
ORDER BY r.createdAt, other.id
