// An article with an outlet and several statements, first by id.
MATCH (a:Article)-[:PUBLISHED_BY]->(:Outlet)
WHERE COUNT { (a)-[:CONTAINS]->() } >= 3
RETURN a.id AS id
ORDER BY a.id
LIMIT 1
