UNWIND $links AS x
MATCH (outer:Statement {id: x.fromId}), (inner:Statement {id: x.toId})
CREATE (outer)-[:REPORTS {extractor: x.extractor, createdAt: x.now}]->(inner)
