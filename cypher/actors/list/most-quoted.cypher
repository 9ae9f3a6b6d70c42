// actors(orderBy: STATEMENTS) without a search or a type, the actors that made statements: the
// speakers' totals kept on write (MadeCount, migration 0015) from the index on the count, largest
// first, from the cursor on; a partial sort puts a count's actors by name. The cursor is the last
// row's (made, rank, name, id); rank is 1 without a search. The actors who made none follow
// (actors/list/unquoted).
MATCH (c:MadeCount)
WHERE c.count > 0 AND ($afterMade IS NULL OR c.count <= $afterMade)
WITH c
ORDER BY c.count DESC
MATCH (a:Actor {id: c.actorId})
WITH a, c.count AS made, 1 AS rank, toLower(a.name) AS name
WHERE $afterId IS NULL OR made < $afterMade
   OR (made = $afterMade AND (name > $afterName OR (name = $afterName AND a.id > $afterId)))
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, made, rank, name
ORDER BY made DESC, name, a.id
LIMIT $limit
