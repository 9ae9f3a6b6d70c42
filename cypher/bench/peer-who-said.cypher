// The peer's whoSaid: a @cypher field of @neo4j/graphql, as a user of the library would write it
// (it unions two full-text indexes, which the library does not generate). Parameters: $text, $first.
CALL {
  CALL db.index.fulltext.queryNodes('statement_quote', $text, {limit: $first}) YIELD node, score
  RETURN node AS s, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $text, {limit: $first}) YIELD node, score
  MATCH (s:Statement)-[:ASSERTS]->(node)
  RETURN s, score
}
WITH s, max(score) AS score
WHERE EXISTS { (:Actor)-[:MADE]->(s) }
RETURN s ORDER BY score DESC, s.id LIMIT $first
