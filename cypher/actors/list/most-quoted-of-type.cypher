// actors(type, orderBy: STATEMENTS) without a search: actors/list/most-quoted for one type, from
// the index on the speakers' totals by type and count (migration 0019). Both ORDER BYs name the
// type too (one value here), so that the planner sees the index's order as the page's, reads it
// from the top and stops at the limit instead of sorting the type's every speaker. The actors of
// the type who made none follow (actors/list/unquoted).
MATCH (c:MadeCount)
WHERE c.actorType = $type AND c.count > 0 AND ($afterMade IS NULL OR c.count <= $afterMade)
WITH c
ORDER BY c.actorType DESC, c.count DESC
MATCH (a:Actor {id: c.actorId})
WITH a, c.actorType AS type, c.count AS made, 1 AS rank, toLower(a.name) AS name
WHERE $afterId IS NULL OR made < $afterMade
   OR (made = $afterMade AND (name > $afterName OR (name = $afterName AND a.id > $afterId)))
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, made, rank, name
ORDER BY type DESC, made DESC, name, a.id
LIMIT $limit
