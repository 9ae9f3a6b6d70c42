// Only actors that are someone: a group ("voters") is a kind of source, not a speaker to rank
// beside people, and a statement whose source names no one has no MADE at all.
// The window's statements come from the range index on Statement.at, then their speakers.
MATCH (s:Statement)
WHERE s.at >= $atFrom AND s.at < $atTo
MATCH (a:Person|Organization|Outlet)-[:MADE]->(s)
WITH a, count(s) AS count
ORDER BY count DESC, a.name, a.id
LIMIT $top
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, count
