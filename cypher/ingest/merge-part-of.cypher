UNWIND $links AS x
MATCH (child:Organization {id: x.childId}), (parent:Organization {id: x.parentId})
MERGE (child)-[r:PART_OF]->(parent)
ON CREATE SET r += x.provenance
