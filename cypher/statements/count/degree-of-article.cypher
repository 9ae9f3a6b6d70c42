// statements { totalCount } of an article's statements and no other filter: the node's degree, which Neo4j
// keeps for dense nodes, so a hot speaker costs what a cold one does.
MATCH (a:Article {id: $articleId})
RETURN COUNT { (a)-[:CONTAINS]->() } AS totalCount
