// articles { totalCount } without a filter: Neo4j's count store answers it.
MATCH (art:Article)
RETURN count(art) AS totalCount
