// Each article's statements in reading order; the count is the article's degree.
UNWIND $ids AS id
MATCH (p:Article {id: id})
CALL (p) {
  MATCH (p)-[:CONTAINS]->(s:Statement)
  WITH s ORDER BY s.start, s.id
  SKIP $offset
  LIMIT $limit
  RETURN collect(s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText}) AS items
}
RETURN id, COUNT { (p)-[:CONTAINS]->() } AS totalCount, items
