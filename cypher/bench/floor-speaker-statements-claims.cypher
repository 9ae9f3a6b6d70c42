// Floor Q3: Q2 plus each statement's claims and the claims that counter them.
MATCH ()-[m:MADE]->(s:Statement)
WHERE m.speakerId = $speakerId AND m.sortKey > ''
WITH s, m ORDER BY m.speakerId, m.sortKey LIMIT $limit
MATCH (art:Article)-[:CONTAINS]->(s)
RETURN s {.id, .quote, .kind, .at} AS statement,
       art {.id, .title, outlet: head(COLLECT { MATCH (art)-[:PUBLISHED_BY]->(o:Outlet) RETURN o {.id, .name} })} AS article,
       COLLECT { MATCH (s)-[v:VIA]->(h:Actor) WITH h, v ORDER BY v.hop RETURN h {.id, .name} } AS via,
       COLLECT { MATCH (s)-[:ASSERTS]->(c:Claim)
                 RETURN c {.id, .text, counteredBy: COLLECT { MATCH (c)<-[:COUNTERS]-(d:Claim) RETURN d {.id, .text} }} } AS claims
ORDER BY m.sortKey
