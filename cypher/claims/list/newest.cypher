// claims without a search: newest first, read from the range index on firstSeenAt in that order,
// so LIMIT stops after one page; the id breaks ties. The cursor is the last row's (firstSeenAt, id).
MATCH (c:Claim)
WHERE c.firstSeenAt <= $atMax
  AND ($afterAt IS NULL OR c.firstSeenAt < $afterAt OR (c.firstSeenAt = $afterAt AND c.id > $afterId))
RETURN c {.id, .text, .firstSeenAt} AS claim
ORDER BY c.firstSeenAt DESC, c.id
LIMIT $limit
