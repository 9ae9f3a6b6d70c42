UNWIND $ids AS id
MATCH (r:Rebuttal)-[:REVIEWS]->(:Claim {id: id})
RETURN id, r {.id, .verdict, .label, .summary, .evidenceUrls, .author, .createdAt, claimId: id} AS rebuttal
ORDER BY r.createdAt, r.id
