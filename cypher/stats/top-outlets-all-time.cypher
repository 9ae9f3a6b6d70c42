// top outlets without a window: each outlet's counter kept on write (migration 0007: the
// statements it published or relayed, each once), instead of every statement's outlets.
MATCH (a:Outlet)
MATCH (c:StatementCount {key: 'outlet:' + a.id})
WITH a, c.count AS count
WHERE count > 0
ORDER BY count DESC, a.name, a.id
LIMIT $top
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, count
