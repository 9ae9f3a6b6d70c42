// statements { totalCount } — The statements of every actor whose name or alias contains $speaker: candidates
// from the full-text index actor_names ($speakerTerms: the words whole and as prefixes), the exact
// test, then MADE.
// Counted from the anchor, never over the whole graph.
CALL db.index.fulltext.queryNodes('actor_names', $speakerTerms) YIELD node AS sp
WITH sp
WHERE toLower(sp.name) CONTAINS $speaker OR any(x IN sp.aliases WHERE toLower(x) CONTAINS $speaker)
MATCH (sp)-[:MADE]->(s:Statement)
WITH DISTINCT s
WHERE ($speakerId IS NULL OR EXISTS { (:Actor {id: $speakerId})-[:MADE]->(s) })
  AND ($speaker IS NULL OR EXISTS { (who:Actor)-[:MADE]->(s) WHERE toLower(who.name) CONTAINS $speaker OR any(x IN who.aliases WHERE toLower(x) CONTAINS $speaker) })
  AND ($articleId IS NULL OR s.articleId = $articleId)
  AND ($claimId IS NULL OR EXISTS { (s)-[:ASSERTS]->(:Claim {id: $claimId}) })
  AND ($kind IS NULL OR s.kind = $kind)
  AND ($text IS NULL OR toLower(s.quote) CONTAINS $text)
  AND ($from IS NULL OR s.at >= $from)
  AND ($to IS NULL OR s.at < $to)
  AND ($outlet IS NULL
       OR EXISTS { (:Article {id: s.articleId})-[:PUBLISHED_BY]->(o:Outlet) WHERE toLower(o.name) CONTAINS $outlet OR any(x IN o.aliases WHERE toLower(x) CONTAINS $outlet) }
       OR EXISTS { (s)-[:VIA]->(o:Outlet) WHERE toLower(o.name) CONTAINS $outlet OR any(x IN o.aliases WHERE toLower(x) CONTAINS $outlet) })
RETURN count(s) AS totalCount
