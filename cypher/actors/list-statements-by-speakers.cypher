// Each speaker's statements, newest first: a Top-k of its statements per page, never a list of
// all of them; the count is the speaker's degree.
UNWIND $ids AS id
MATCH (p:Actor {id: id})
CALL (p) {
  MATCH (p)-[:MADE]->(s:Statement)
  WITH s ORDER BY s.at DESC, s.id
  SKIP $offset
  LIMIT $limit
  RETURN collect(s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText}) AS items
}
RETURN id, COUNT { (p)-[:MADE]->() } AS totalCount, items
