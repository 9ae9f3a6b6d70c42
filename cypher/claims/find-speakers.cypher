UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:ASSERTS]-(:Statement)<-[:MADE]-(a:Actor)
WITH DISTINCT id, a
RETURN id, a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor
ORDER BY a.name
