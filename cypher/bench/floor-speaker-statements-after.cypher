// Floor Q6: the page after a keyset cursor (the sort key of the last row seen), so page 50
// costs what page 1 costs.
MATCH (:Actor {id: $speakerId})-[:MADE]->(s:Statement)
WHERE s.at < $at
   OR (s.at = $at AND (s.articleId > $articleId
   OR (s.articleId = $articleId AND (s.start > $start OR (s.start = $start AND s.id > $id)))))
WITH s ORDER BY s.at DESC, s.articleId, s.start, s.id LIMIT $limit
MATCH (art:Article)-[:CONTAINS]->(s)
RETURN s {.id, .quote, .kind, .at} AS statement,
       art {.id, .title, outlet: head(COLLECT { MATCH (art)-[:PUBLISHED_BY]->(o:Outlet) RETURN o {.id, .name} })} AS article,
       COLLECT { MATCH (s)-[v:VIA]->(h:Actor) WITH h, v ORDER BY v.hop RETURN h {.id, .name} } AS via
ORDER BY s.at DESC, s.articleId, s.start, s.id
