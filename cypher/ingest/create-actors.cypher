// The batch's new actors: each id was made by the plan, so CREATE makes what merge-actors' MERGE
// would, without a lookup and lock of the unique index per row (the constraint still holds at
// commit). Those joining an actor already written go through merge-actors, after these.
UNWIND $actors AS x
CREATE (a:Actor)
SET a = x.props, a.createdAt = x.now, a.sortName = toLower(x.props.name)
FOREACH (_ IN CASE WHEN x.props.type = 'PERSON' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN x.props.type = 'ORGANIZATION' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE WHEN x.props.type = 'OUTLET' THEN [1] ELSE [] END | SET a:Outlet)
FOREACH (_ IN CASE WHEN x.props.type = 'GROUP' THEN [1] ELSE [] END | SET a:Group)
// The identity keys of its names (migration 0012); a new node has no link yet to MERGE with.
FOREACH (key IN x.keys | MERGE (k:ActorKey {key: key}) CREATE (k)-[:IDENTIFIES]->(a))
