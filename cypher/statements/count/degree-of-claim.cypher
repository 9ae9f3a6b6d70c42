// statements { totalCount } of the statements asserting a claim and no other filter: the node's degree, which Neo4j
// keeps for dense nodes, so a hot speaker costs what a cold one does.
MATCH (c:Claim {id: $claimId})
RETURN COUNT { (c)<-[:ASSERTS]-() } AS totalCount
