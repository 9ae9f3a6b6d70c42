UNWIND $ids AS id
MATCH (:Organization {id: id})-[:PART_OF]->(a:Organization)
RETURN id, a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor
