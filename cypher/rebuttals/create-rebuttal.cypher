MATCH (c:Claim {id: $claimId})
CREATE (r:Rebuttal {id: $id, verdict: $verdict, label: $label, summary: $summary, evidenceUrls: $evidenceUrls,
                    author: $author, createdAt: $now})-[:REVIEWS {by: $author, createdAt: $now}]->(c)
RETURN r {.id, .verdict, .label, .summary, .evidenceUrls, .author, .createdAt, claimId: c.id} AS rebuttal
