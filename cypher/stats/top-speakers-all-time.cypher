// top speakers without a window: each actor's MADE degree (Neo4j keeps it per node), so the cost
// grows with the actors, not with every statement of the graph as the windowed query would.
// Only actors that are someone, as in stats/top-speakers.
MATCH (a:Person|Organization|Outlet)
WITH a, COUNT { (a)-[:MADE]->() } AS count
WHERE count > 0
ORDER BY count DESC, a.name, a.id
LIMIT $top
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, count
