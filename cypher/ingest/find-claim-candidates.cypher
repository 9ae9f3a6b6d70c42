// Existing claims that may say what a new statement says: the exact normalised text, or the
// best full-text matches; the caller scores them.
UNWIND $claims AS x
CALL (x) {
  MATCH (c:Claim {normalizedText: x.normalizedText})
  RETURN c, 1000.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('claim_text', x.query, {limit: 10}) YIELD node, score
  RETURN node AS c, score
}
WITH x, c, max(score) AS score ORDER BY score DESC
RETURN x.key AS key, collect(c {.id, .text, .normalizedText, .firstSeenAt})[0..10] AS candidates
