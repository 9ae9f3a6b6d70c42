// Rebuttals of the synthetic data generator (bench:data), written like addRebuttal's, in one
// round trip per batch.
UNWIND $rebuttals AS x
MATCH (c:Claim {id: x.claimId})
CREATE (r:Rebuttal {id: x.id, verdict: x.verdict, label: x.label, summary: x.summary, evidenceUrls: x.evidenceUrls,
                    author: x.author, createdAt: x.now})-[:REVIEWS {by: x.author, createdAt: x.now}]->(c)
