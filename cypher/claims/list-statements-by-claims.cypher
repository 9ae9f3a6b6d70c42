// The statements asserting each claim in the order the claim was seen, oldest first: a Top-k
// per page, never a list of all of them, after a keyset cursor (the sort key of the last row seen;
// null for the first page), one row more than the page; the count is the claim's degree.
UNWIND $ids AS id
MATCH (p:Claim {id: id})
CALL (p) {
  MATCH (p)<-[:ASSERTS]-(s:Statement)
  WHERE $afterId IS NULL OR s.at > $afterAt
     OR (s.at = $afterAt AND (s.articleId > $afterArticleId
         OR (s.articleId = $afterArticleId AND (s.start > $afterStart
             OR (s.start = $afterStart AND s.id > $afterId)))))
  WITH s ORDER BY s.at, s.articleId, s.start, s.id
  LIMIT $limit
  RETURN collect(s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText, .sourceStart, .sourceEnd, .cueStart, .cueEnd}) AS items
}
RETURN id, COUNT { (p)<-[:ASSERTS]-() } AS totalCount, items
