UNWIND $roles AS x
MATCH (p:Actor {id: x.personId}), (o:Actor {id: x.ofId})
MERGE (p)-[r:HOLDS_ROLE {title: x.title}]->(o)
ON CREATE SET r += x.provenance
