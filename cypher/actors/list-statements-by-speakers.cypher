// Each speaker's statements in the statements list's order (newest first, then article, reading
// order, id), by the index statements(filter: {speakerId}) reads (migration 0011): a seek on the
// MADE (speakerId, sortKey) range index from the cursor's key on ('' on the first page), read in
// order, one row more than the page, so a page reads limit + 1 entries whatever the speaker's
// degree. The count is the speaker's degree.
UNWIND $ids AS id
MATCH (p:Actor {id: id})
CALL (id) {
  MATCH ()-[m:MADE]->(s)
  WHERE m.speakerId = id AND m.sortKey > $keyAfter
  WITH s, m ORDER BY m.speakerId, m.sortKey
  LIMIT $limit
  RETURN collect(s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText, .sourceStart, .sourceEnd, .cueStart, .cueEnd}) AS items
}
RETURN id, COUNT { (p)-[:MADE]->() } AS totalCount, items
