// statements { totalCount } without a filter: Neo4j's count store answers it without reading a node.
MATCH (s:Statement)
RETURN count(s) AS totalCount
