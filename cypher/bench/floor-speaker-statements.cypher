// Floor Q2 and Q6: a speaker's 20 statements after a keyset cursor ('' for the first page),
// sought in order in the MADE (speakerId, sortKey) index that ours reads too (migration 0011),
// so that a hot speaker's page and page 50 cost what a cold speaker's first page costs.
MATCH ()-[m:MADE]->(s:Statement)
WHERE m.speakerId = $speakerId AND m.sortKey > $after
WITH s, m ORDER BY m.speakerId, m.sortKey LIMIT $limit
MATCH (art:Article)-[:CONTAINS]->(s)
RETURN s {.id, .quote, .kind, .at} AS statement,
       art {.id, .title, outlet: head(COLLECT { MATCH (art)-[:PUBLISHED_BY]->(o:Outlet) RETURN o {.id, .name} })} AS article,
       COLLECT { MATCH (s)-[v:VIA]->(h:Actor) WITH h, v ORDER BY v.hop RETURN h {.id, .name} } AS via
ORDER BY m.sortKey
