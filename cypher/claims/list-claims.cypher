// Newest first; the id breaks ties so that pages are stable.
MATCH (c:Claim)
WITH c ORDER BY c.firstSeenAt DESC, c.id
WITH collect(c.id) AS ids
RETURN size(ids) AS totalCount, ids[$offset..$offset + $limit] AS ids
