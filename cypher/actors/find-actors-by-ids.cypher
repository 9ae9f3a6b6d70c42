UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id, a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor
