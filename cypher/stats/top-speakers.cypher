MATCH (a:Actor)-[:MADE]->(s:Statement)
WHERE ($from IS NULL OR s.at >= $from) AND ($to IS NULL OR s.at < $to)
WITH a, count(s) AS count
ORDER BY count DESC, a.name, a.id
LIMIT $top
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, count
