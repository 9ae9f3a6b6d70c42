// actors(orderBy: STATEMENTS) without a search, after the speakers: the actors (of $type, if not
// null) that made no statement, by name, from the cursor's name and id on ($afterName null: from
// the first).
MATCH (a:Actor)
WHERE ($type IS NULL OR a.type = $type) AND NOT EXISTS { (a)-[:MADE]->() }
WITH a, 0 AS made, 1 AS rank, toLower(a.name) AS name
WHERE $afterName IS NULL OR name > $afterName OR (name = $afterName AND a.id > $afterId)
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, made, rank, name
ORDER BY name, a.id
LIMIT $limit
