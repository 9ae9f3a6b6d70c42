// actors without a search or a type, by name: the range index on Actor.sortName (migration 0017)
// read from the cursor's name on, in order, until the page is full. The cursor is the last row's
// (made, rank, name, id); made is 0 and rank 1 in this order.
MATCH (a:Actor)
WHERE a.sortName >= coalesce($afterName, '')
WITH a
ORDER BY a.sortName, a.id
WITH a, a.sortName AS name
WHERE $afterId IS NULL OR name > $afterName OR (name = $afterName AND a.id > $afterId)
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, 0 AS made, 1 AS rank, name
LIMIT $limit
