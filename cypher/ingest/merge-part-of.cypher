// Seeks both ends by the actor id's unique index, then keeps organisations: `(:Organization {id})`
// has no index of its own and scanned every organisation per row (15,282 db hits for the dev
// split's 16 links; docs/benchmarks.md, round four).
UNWIND $links AS x
MATCH (child:Actor {id: x.childId}), (parent:Actor {id: x.parentId})
WHERE child:Organization AND parent:Organization
MERGE (child)-[r:PART_OF]->(parent)
ON CREATE SET r += x.provenance
