// Read from the range index on Statement.at over the window only ($atFrom/$atTo admit everything
// when the client gave no bound); the index holds the value, so no statement node is read.
MATCH (s:Statement)
WHERE s.at >= $atFrom AND s.at < $atTo
WITH substring(s.at, 0, 10) AS day, count(*) AS count
RETURN day, count
ORDER BY day
