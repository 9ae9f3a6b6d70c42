// Only actors that are someone: a group ("voters") is a kind of source, not a speaker to rank
// beside people, and a statement whose source names no one has no MADE at all.
MATCH (a:Person|Organization|Outlet)-[:MADE]->(s:Statement)
WHERE ($from IS NULL OR s.at >= $from) AND ($to IS NULL OR s.at < $to)
WITH a, count(s) AS count
ORDER BY count DESC, a.name, a.id
LIMIT $top
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, count
