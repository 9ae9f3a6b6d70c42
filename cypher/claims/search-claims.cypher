// Full-text relevance, best first; the id breaks ties so that pages are stable.
CALL db.index.fulltext.queryNodes('claim_text', $search) YIELD node, score
WITH node AS c, score ORDER BY score DESC, c.id
WITH collect(c.id) AS ids
RETURN size(ids) AS totalCount, ids[$offset..$offset + $limit] AS ids
