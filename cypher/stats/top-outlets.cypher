// An outlet counts once per statement it published or relayed (as a hop of the chain).
MATCH (a:Outlet)
CALL (a) {
  MATCH (a)<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(s:Statement)
  RETURN s
  UNION
  MATCH (a)<-[:VIA]-(s:Statement)
  RETURN s
}
WITH a, s WHERE ($from IS NULL OR s.at >= $from) AND ($to IS NULL OR s.at < $to)
WITH a, count(DISTINCT s) AS count
ORDER BY count DESC, a.name, a.id
LIMIT $top
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, count
