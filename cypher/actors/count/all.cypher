// actors { totalCount } without a filter: Neo4j's count store answers it.
MATCH (a:Actor)
RETURN count(a) AS totalCount
