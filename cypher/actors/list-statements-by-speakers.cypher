// Each speaker's statements, newest first: a Top-k of its statements per page, never a list of
// all of them, after a keyset cursor (the sort key of the last row seen; null for the first page),
// one row more than the page; the count is the speaker's degree.
UNWIND $ids AS id
MATCH (p:Actor {id: id})
CALL (p) {
  MATCH (p)-[:MADE]->(s:Statement)
  WHERE $afterId IS NULL OR s.at < $afterAt OR (s.at = $afterAt AND s.id > $afterId)
  WITH s ORDER BY s.at DESC, s.id
  LIMIT $limit
  RETURN collect(s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText, .sourceStart, .sourceEnd, .cueStart, .cueEnd}) AS items
}
RETURN id, COUNT { (p)-[:MADE]->() } AS totalCount, items
