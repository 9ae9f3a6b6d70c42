UNWIND $ids AS id
MATCH (:Actor {id: id})-[r:HOLDS_ROLE]->(a:Actor)
RETURN id, r.title AS title, a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor
ORDER BY r.title, a.id
