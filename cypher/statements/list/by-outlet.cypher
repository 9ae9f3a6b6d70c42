// statements(filter) — statements published by, or relayed through, an outlet whose name contains
// $outlet: the outlets (a few hundred at most) are the anchor, then their articles and VIA hops.
// As for a hot speaker (by-speaker-id.cypher), outlets whose statements are many — estimated from
// their degrees and the mean statements per article, all kept by Neo4j — are served by reading the
// time index newest first and testing the outlet per row instead.
// Every other filter is applied to the anchored rows; null means "any" (text filters arrive lower-cased).
MATCH (o:Outlet)
WHERE toLower(o.name) CONTAINS $outlet OR any(x IN o.aliases WHERE toLower(x) CONTAINS $outlet)
WITH collect(o) AS outlets,
     sum(COUNT { (o)<-[:PUBLISHED_BY]-() }) AS published,
     sum(COUNT { (o)<-[:VIA]-() }) AS relayed
WITH outlets, COUNT { (:Statement) } AS total, COUNT { (:Article) } AS articles, published, relayed
WITH outlets, published * total / CASE WHEN articles = 0 THEN 1 ELSE articles END + relayed AS degree, total
WITH outlets, degree * degree > total * $limit AS hot
WITH outlets, hot, CASE WHEN hot THEN $atTo ELSE '' END AS scanTo
CALL (outlets, hot, scanTo) {
  WITH outlets WHERE NOT hot
  UNWIND outlets AS o
  CALL (o) {
    MATCH (o)<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(s:Statement)
    RETURN s
    UNION
    MATCH (s:Statement)-[:VIA]->(o)
    RETURN s
  }
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
  WITH outlets, scanTo
  MATCH (s:Statement)
  WHERE s.at >= $atFrom AND s.at < scanTo AND s.at <= $atMax
    AND (EXISTS { (s)<-[:CONTAINS]-(:Article)-[:PUBLISHED_BY]->(o) WHERE o IN outlets } OR EXISTS { (s)-[:VIA]->(o) WHERE o IN outlets })
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
