MATCH (r:Rebuttal)
WHERE ($from IS NULL OR r.createdAt >= $from) AND ($to IS NULL OR r.createdAt < $to)
RETURN r.verdict AS verdict, count(*) AS count
ORDER BY count DESC, verdict
