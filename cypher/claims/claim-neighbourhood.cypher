// claimGraph: everything within $depth hops of a claim over the who-said-what relationships,
// nearest first, capped at $maxNodes. The depth is validated (1..3) before it gets here; it is
// a parameter, not part of the query text. Breadth first, one level at a time, each level
// capped: enumerating every path up to three hops would walk each path through a hot speaker or
// outlet; here a node is reached once, and the relationships read are those of one frontier.
MATCH (root:Claim {id: $id})
CALL (root) {
  MATCH (root)-[:ASSERTS|COUNTERS|SUPPORTS|SIMILAR_TO|REVIEWS|ABOUT|MADE|VIA|REPORTS|CONTAINS]-(n)
  WHERE n <> root
  WITH DISTINCT n ORDER BY elementId(n) LIMIT $maxNodes
  RETURN collect(n) AS d1
}
CALL (root, d1) {
  UNWIND CASE WHEN $depth >= 2 THEN d1 ELSE [] END AS x
  MATCH (x)-[:ASSERTS|COUNTERS|SUPPORTS|SIMILAR_TO|REVIEWS|ABOUT|MADE|VIA|REPORTS|CONTAINS]-(n)
  WHERE n <> root AND NOT n IN d1
  WITH DISTINCT n ORDER BY elementId(n) LIMIT $maxNodes
  RETURN collect(n) AS d2
}
CALL (root, d1, d2) {
  UNWIND CASE WHEN $depth >= 3 THEN d2 ELSE [] END AS x
  MATCH (x)-[:ASSERTS|COUNTERS|SUPPORTS|SIMILAR_TO|REVIEWS|ABOUT|MADE|VIA|REPORTS|CONTAINS]-(n)
  WHERE n <> root AND NOT n IN d1 AND NOT n IN d2
  WITH DISTINCT n ORDER BY elementId(n) LIMIT $maxNodes
  RETURN collect(n) AS d3
}
WITH [root] + (d1 + d2 + d3)[0..$maxNodes] AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r:ASSERTS|COUNTERS|SUPPORTS|SIMILAR_TO|REVIEWS|ABOUT|MADE|VIA|REPORTS|CONTAINS]->(b)
WHERE b IN nodes
WITH nodes, collect(DISTINCT r) AS rels
RETURN
  [x IN nodes | {
     id: x.id,
     type: CASE WHEN x:Claim THEN 'Claim' WHEN x:Statement THEN 'Statement' WHEN x:Person THEN 'Person'
                WHEN x:Organization THEN 'Organization' WHEN x:Outlet THEN 'Outlet' WHEN x:Group THEN 'Group' WHEN x:Article THEN 'Article'
                WHEN x:Rebuttal THEN 'Rebuttal' WHEN x:Topic THEN 'Topic' ELSE 'Other' END,
     label: coalesce(x.text, x.name, x.title, x.quote, x.summary, x.url, x.id)
  }] AS nodes,
  [r IN rels WHERE r IS NOT NULL | {
     source: startNode(r).id, target: endNode(r).id, type: type(r),
     confidence: r.confidence, hop: r.hop, score: r.score
  }] AS edges
