// Floor Q4: whoSaid — full-text over quotes and claim texts, best match first, with speaker,
// article and chain.
CALL {
  CALL db.index.fulltext.queryNodes('statement_quote', $query, {limit: $limit}) YIELD node, score
  RETURN node AS s, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $limit}) YIELD node, score
  MATCH (s:Statement)-[:ASSERTS]->(node)
  RETURN s, score
}
WITH s, max(score) AS score
MATCH (speaker:Actor)-[:MADE]->(s)
WITH s, score, speaker ORDER BY score DESC, s.id LIMIT $limit
MATCH (art:Article)-[:CONTAINS]->(s)
RETURN s {.id, .quote} AS statement, speaker {.id, .name} AS speaker, art {.id, .title} AS article,
       COLLECT { MATCH (s)-[v:VIA]->(h:Actor) WITH h, v ORDER BY v.hop RETURN h {.id, .name} } AS via
ORDER BY score DESC, s.id
