// The statements asserting each claim in the order the claim was seen, oldest first: a Top-k
// per page, never a list of all of them; the count is the claim's degree.
UNWIND $ids AS id
MATCH (p:Claim {id: id})
CALL (p) {
  MATCH (p)<-[:ASSERTS]-(s:Statement)
  WITH s ORDER BY s.at, s.articleId, s.start, s.id
  SKIP $offset
  LIMIT $limit
  RETURN collect(s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText}) AS items
}
RETURN id, COUNT { (p)<-[:ASSERTS]-() } AS totalCount, items
