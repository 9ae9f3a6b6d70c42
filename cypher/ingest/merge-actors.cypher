// New actors are created with their type label; existing ones only gain spellings (the name this
// article used becomes an alias): an automatic run never renames, retypes or removes what is
// there, since a curator may have set it. Rows of one batch may name one actor twice (an article
// joining what an earlier one of the batch created): MERGE sees the earlier row's node.
UNWIND $actors AS x
MERGE (a:Actor {id: x.id})
ON CREATE SET a += x.props, a.createdAt = x.now
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
