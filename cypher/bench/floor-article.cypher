// Floor Q1: an article by id with its outlet and first statements in reading order.
MATCH (art:Article {id: $id})
RETURN art {.id, .title, .publishedAt} AS article,
       head(COLLECT { MATCH (art)-[:PUBLISHED_BY]->(o:Outlet) RETURN o {.id, .name} }) AS outlet,
       COLLECT { MATCH (art)-[:CONTAINS]->(s:Statement) WITH s ORDER BY s.start, s.id LIMIT $limit RETURN s {.id, .quote, .kind} } AS statements
