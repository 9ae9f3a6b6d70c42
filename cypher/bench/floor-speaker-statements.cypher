// Floor Q2: a speaker's latest statements, anchored on the speaker, sorted and cut in the database.
MATCH (:Actor {id: $speakerId})-[:MADE]->(s:Statement)
WITH s ORDER BY s.at DESC, s.articleId, s.start, s.id LIMIT $limit
MATCH (art:Article)-[:CONTAINS]->(s)
RETURN s {.id, .quote, .kind, .at} AS statement,
       art {.id, .title, outlet: head(COLLECT { MATCH (art)-[:PUBLISHED_BY]->(o:Outlet) RETURN o {.id, .name} })} AS article,
       COLLECT { MATCH (s)-[v:VIA]->(h:Actor) WITH h, v ORDER BY v.hop RETURN h {.id, .name} } AS via
ORDER BY s.at DESC, s.articleId, s.start, s.id
