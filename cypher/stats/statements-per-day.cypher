// Whole days from the day buckets kept on write (migration 0007; one counter node per day, read
// from the range index on StatementCount.day), the partial days at the window's edges from the
// range index on Statement.at; src/repositories/day-window.ts splits the window. Without a window
// this reads one node per day instead of every statement.
CALL () {
  MATCH (c:StatementCount)
  WHERE c.day >= $dayFrom AND c.day < $dayTo
  RETURN c.day AS day, c.count AS count
  UNION ALL
  MATCH (s:Statement)
  WHERE s.at >= $headFrom AND s.at < $headTo
  RETURN substring(s.at, 0, 10) AS day, count(*) AS count
  UNION ALL
  MATCH (s:Statement)
  WHERE s.at >= $tailFrom AND s.at < $tailTo
  RETURN substring(s.at, 0, 10) AS day, count(*) AS count
}
WITH day, sum(count) AS count
WHERE count > 0
RETURN day, count
ORDER BY day
