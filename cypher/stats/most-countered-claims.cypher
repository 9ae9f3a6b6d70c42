// most-countered claims in a window: the COUNTERS created in it, from the range index on
// createdAt (migration 0016; its cost grows with the window, not the graph), by countered claim.
MATCH (c:Claim)<-[r:COUNTERS]-(:Claim)
WHERE r.createdAt >= $atFrom AND r.createdAt < $atTo
WITH c, count(r) AS count
ORDER BY count DESC, c.firstSeenAt, c.id
LIMIT $top
RETURN c {.id, .text, .firstSeenAt} AS claim, count
