// claimGraph: everything within $depth hops of a claim over the who-said-what relationships,
// nearest first, capped at $maxNodes. The depth is validated (1..3) before it gets here; it is
// a parameter of the path length filter, not part of the query text.
MATCH (root:Claim {id: $id})
OPTIONAL MATCH path = (root)-[:ASSERTS|COUNTERS|SUPPORTS|SIMILAR_TO|REVIEWS|ABOUT|MADE|VIA|REPORTS|CONTAINS*1..3]-(n)
WHERE length(path) <= $depth
WITH root, n, min(length(path)) AS distance
ORDER BY distance, elementId(n)
WITH root, collect(n)[0..$maxNodes] AS near
WITH [root] + [x IN near WHERE x IS NOT NULL] AS nodes
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
