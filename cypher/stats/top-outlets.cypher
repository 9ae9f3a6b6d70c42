// An outlet counts once per statement it published or relayed (as a hop of the chain).
// The window's statements come from the range index on Statement.at, then their outlets.
MATCH (s:Statement)
WHERE s.at >= $atFrom AND s.at < $atTo
CALL (s) {
  MATCH (s)<-[:CONTAINS]-(:Article)-[:PUBLISHED_BY]->(a:Outlet)
  RETURN a
  UNION
  MATCH (s)-[:VIA]->(a:Outlet)
  RETURN a
}
WITH a, count(DISTINCT s) AS count
ORDER BY count DESC, a.name, a.id
LIMIT $top
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, count
