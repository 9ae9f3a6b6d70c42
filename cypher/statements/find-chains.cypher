// The attribution chain, nearest hop first.
UNWIND $ids AS id
MATCH (:Statement {id: id})-[v:VIA]->(a:Actor)
WITH id, v.hop AS hop, a ORDER BY hop
RETURN id, collect(a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)}) AS actors
