// statements { totalCount } of a speaker's statements and no other filter: the node's degree, which Neo4j
// keeps for dense nodes, so a hot speaker costs what a cold one does.
MATCH (a:Actor {id: $speakerId})
RETURN COUNT { (a)-[:MADE]->() } AS totalCount
