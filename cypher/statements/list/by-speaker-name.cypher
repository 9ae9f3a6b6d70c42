// statements(filter) — the statements of every actor whose name or alias contains $speaker:
// candidates from the full-text index actor_names ($speakerTerms: every word, whole or as a
// prefix), the exact test, then MADE. As for a speaker id (by-speaker-id.cypher), speakers with
// few statements between them are expanded and sorted, and a hot one is served by reading the
// time index newest first and testing MADE, so either costs about a page's worth of rows.
// Every other filter is applied to the anchored rows; null means "any" (text filters arrive lower-cased).
CALL db.index.fulltext.queryNodes('actor_names', $speakerTerms) YIELD node AS sp
WITH sp
WHERE toLower(sp.name) CONTAINS $speaker OR any(x IN sp.aliases WHERE toLower(x) CONTAINS $speaker)
WITH collect(sp) AS speakers, sum(COUNT { (sp)-[:MADE]->() }) AS degree
WITH speakers, degree * degree > COUNT { (:Statement) } * $limit AS hot
WITH speakers, hot, CASE WHEN hot THEN $atTo ELSE '' END AS scanTo
CALL (speakers, hot, scanTo) {
  WITH speakers WHERE NOT hot
  UNWIND speakers AS sp
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
    AND ($afterAt IS NULL OR s.at < $afterAt
         OR (s.at = $afterAt AND (s.articleId > $afterArticleId
             OR (s.articleId = $afterArticleId AND (s.start > $afterStart
                 OR (s.start = $afterStart AND s.id > $afterId))))))
  RETURN s ORDER BY s.at DESC, s.articleId, s.start, s.id
  LIMIT $limit
  UNION
  WITH speakers, scanTo
  MATCH (s:Statement)
  WHERE s.at >= $atFrom AND s.at < scanTo AND s.at <= $atMax AND EXISTS { (who:Actor)-[:MADE]->(s) WHERE who IN speakers }
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
  RETURN s ORDER BY s.at DESC, s.articleId, s.start, s.id
  LIMIT $limit
}
WITH s ORDER BY s.at DESC, s.articleId, s.start, s.id
LIMIT $limit
// #include fragments/statement-rows
