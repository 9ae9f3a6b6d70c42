// claims { totalCount } without a search: Neo4j's count store answers it.
MATCH (c:Claim)
RETURN count(c) AS totalCount
