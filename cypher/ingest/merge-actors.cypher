// Actors written before (by an earlier ingest, or by an earlier article of the batch through
// create-actors, which runs first) only gain spellings: the name this article used becomes an
// alias. An automatic run never renames, retypes or removes what is there, since a curator may
// have set it. MERGE rather than MATCH, so that a row never fails to land.
UNWIND $actors AS x
MERGE (a:Actor {id: x.id})
ON CREATE SET a += x.props, a.createdAt = x.now, a.sortName = toLower(x.props.name)
ON MATCH SET
  a.aliases = a.aliases + reduce(added = [], n IN [x.props.name] + x.props.aliases |
    CASE WHEN n = a.name OR n IN a.aliases OR n IN added THEN added ELSE added + n END),
  a.normalizedNames = a.normalizedNames + [n IN x.props.normalizedNames WHERE NOT n IN a.normalizedNames]
FOREACH (_ IN CASE WHEN x.props.type = 'PERSON' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN x.props.type = 'ORGANIZATION' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE WHEN x.props.type = 'OUTLET' THEN [1] ELSE [] END | SET a:Outlet)
FOREACH (_ IN CASE WHEN x.props.type = 'GROUP' THEN [1] ELSE [] END | SET a:Group)
// The identity keys of the names this row brings (migration 0012), by which later ingests find it.
FOREACH (key IN x.keys | MERGE (k:ActorKey {key: key}) MERGE (k)-[:IDENTIFIES]->(a))
