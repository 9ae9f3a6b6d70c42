UNWIND $topics AS x
MERGE (t:Topic {normalizedName: x.normalizedName})
ON CREATE SET t.id = x.id, t.name = x.name, t.createdAt = x.now
WITH t, x
UNWIND x.claimIds AS claimId
MATCH (c:Claim {id: claimId})
MERGE (c)-[r:ABOUT]->(t)
ON CREATE SET r.by = x.by, r.createdAt = x.now
