// top speakers without a window: the speakers' totals kept on write (MadeCount, migration 0015),
// read from the index on the count, largest first, until $top of them are someone. Only actors
// that are someone, as in stats/top-speakers: a group is a kind of source, not a speaker. Ties
// of count are broken by name within the index's order (a partial sort).
MATCH (c:MadeCount)
WHERE c.count > 0
WITH c
ORDER BY c.count DESC
MATCH (a:Actor {id: c.actorId})
WHERE a:Person OR a:Organization OR a:Outlet
WITH a, c.count AS count
ORDER BY count DESC, a.name, a.id
LIMIT $top
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, count
