MATCH (c:Claim)<-[r:COUNTERS]-(:Claim)
WHERE ($from IS NULL OR r.createdAt >= $from) AND ($to IS NULL OR r.createdAt < $to)
WITH c, count(r) AS count
ORDER BY count DESC, c.firstSeenAt, c.id
LIMIT $top
RETURN c {.id, .text, .firstSeenAt} AS claim, count
