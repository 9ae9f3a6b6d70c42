// claims(search): full-text relevance, best first; the id breaks ties. The cursor is the last
// row's (score, id).
CALL db.index.fulltext.queryNodes('claim_text', $search) YIELD node, score
WITH node AS c, score
WHERE $afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND c.id > $afterId)
RETURN c {.id, .text, .firstSeenAt} AS claim, score
ORDER BY score DESC, c.id
LIMIT $limit
