// In the order the claim was seen: oldest first.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Claim {id: id})<-[:ASSERTS]-(s:Statement)
  WITH s ORDER BY s.at, s.articleId, s.start, s.id
  WITH collect(s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText}) AS rows
  RETURN size(rows) AS totalCount, rows[$offset..$offset + $limit] AS items
}
RETURN id, totalCount, items
