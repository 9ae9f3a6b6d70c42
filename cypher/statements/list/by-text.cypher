// statements(filter) — Statements whose quote contains $text: candidates from the full-text index
// statement_quote ($textTerms, built so that every quote containing the text is among its hits),
// then the exact test with the other filters.
// Every other filter is applied to the anchored rows; null means "any" (text filters arrive lower-cased).
CALL db.index.fulltext.queryNodes('statement_quote', $textTerms) YIELD node AS s
WITH s
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
  AND ($afterAt IS NULL OR s.at < $afterAt
       OR (s.at = $afterAt AND (s.articleId > $afterArticleId
           OR (s.articleId = $afterArticleId AND (s.start > $afterStart
               OR (s.start = $afterStart AND s.id > $afterId))))))
WITH s ORDER BY s.at DESC, s.articleId, s.start, s.id
LIMIT $limit
// #include fragments/statement-rows
