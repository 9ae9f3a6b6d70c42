// In reading order within each article.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Article {id: id})-[:CONTAINS]->(s:Statement)
  WITH s ORDER BY s.start, s.id
  WITH collect(s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText}) AS rows
  RETURN size(rows) AS totalCount, rows[$offset..$offset + $limit] AS items
}
RETURN id, totalCount, items
