// whoSaid: full-text over statement quotes and over claim texts (through the statements that
// assert them); a statement found both ways keeps its better score.
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
RETURN s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText} AS statement, s.articleId AS articleId, speaker.id AS speakerId, score
ORDER BY score DESC, s.id
LIMIT $limit
