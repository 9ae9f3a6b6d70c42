// The statements(filter) query. Text filters arrive lower-cased; null means "any".
MATCH (art:Article)-[:CONTAINS]->(s:Statement)
OPTIONAL MATCH (sp:Actor)-[:MADE]->(s)
WITH art, s, sp
WHERE ($speakerId IS NULL OR sp.id = $speakerId)
  AND ($speaker IS NULL OR toLower(sp.name) CONTAINS $speaker OR any(x IN sp.aliases WHERE toLower(x) CONTAINS $speaker))
  AND ($articleId IS NULL OR art.id = $articleId)
  AND ($claimId IS NULL OR EXISTS { (s)-[:ASSERTS]->(:Claim {id: $claimId}) })
  AND ($kind IS NULL OR s.kind = $kind)
  AND ($text IS NULL OR toLower(s.quote) CONTAINS $text)
  AND ($from IS NULL OR s.at >= $from)
  AND ($to IS NULL OR s.at < $to)
  AND ($outlet IS NULL
       OR EXISTS { (art)-[:PUBLISHED_BY]->(o:Outlet) WHERE toLower(o.name) CONTAINS $outlet OR any(x IN o.aliases WHERE toLower(x) CONTAINS $outlet) }
       OR EXISTS { (s)-[:VIA]->(o:Outlet) WHERE toLower(o.name) CONTAINS $outlet OR any(x IN o.aliases WHERE toLower(x) CONTAINS $outlet) })
WITH s ORDER BY s.at DESC, s.articleId, s.start, s.id
WITH collect(s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText}) AS rows
RETURN size(rows) AS totalCount, rows[$offset..$offset + $limit] AS items
