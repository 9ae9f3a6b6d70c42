// actors(type) without a search, by name: the composite range index on (type, sortName)
// (migration 0018) read from the cursor's name on, in order, until the page is full. The cursor is
// the last row's (made, rank, name, id); made is 0 and rank 1 in this order.
MATCH (a:Actor)
WHERE a.type = $type AND a.sortName >= coalesce($afterName, '')
WITH a
// The type, one value here, leads the order so that the planner reads the index in its order.
ORDER BY a.type, a.sortName, a.id
WITH a, a.sortName AS name
WHERE $afterId IS NULL OR name > $afterName OR (name = $afterName AND a.id > $afterId)
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, 0 AS made, 1 AS rank, name
LIMIT $limit
