// Each article's statements in reading order, after a keyset cursor (the sort key of the last row
// seen; null for the first page), one row more than the page; the count is the article's degree.
UNWIND $ids AS id
MATCH (p:Article {id: id})
CALL (p) {
  MATCH (p)-[:CONTAINS]->(s:Statement)
  WHERE $afterId IS NULL OR s.start > $afterStart OR (s.start = $afterStart AND s.id > $afterId)
  WITH s ORDER BY s.start, s.id
  LIMIT $limit
  RETURN collect(s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText, .sourceStart, .sourceEnd, .cueStart, .cueEnd}) AS items
}
RETURN id, COUNT { (p)-[:CONTAINS]->() } AS totalCount, items
