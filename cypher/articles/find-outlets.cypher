UNWIND $ids AS id
MATCH (:Article {id: id})-[:PUBLISHED_BY]->(a:Outlet)
RETURN id, a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor
