MATCH (s:Statement)
WHERE ($from IS NULL OR s.at >= $from) AND ($to IS NULL OR s.at < $to)
WITH substring(s.at, 0, 10) AS day, count(*) AS count
RETURN day, count
ORDER BY day
