// statements(filter) — The statements asserting one claim, reached through the claim's id.
// Every other filter is applied to the anchored rows; null means "any" (text filters arrive lower-cased).
MATCH (:Claim {id: $claimId})<-[:ASSERTS]-(s:Statement)
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
// Each row's neighbours come in the same round trip when the request selects them ($withSpeaker,
// $withVia, $withArticle, $withOutlet, $withClaims and, with it, $withRelations the claims'
// COUNTERS/SUPPORTS edges), for the resolvers to prime their loaders with; a subquery whose flag
// is false matches nothing. Records are lists of the properties the request selects, in the
// order of $statementKeys, $actorKeys and $articleKeys (see src/repositories/projection.ts).
RETURN [k IN $statementKeys | s[k]] AS statement,
  COLLECT { MATCH (a:Actor)-[:MADE]->(s) WHERE $withSpeaker RETURN [k IN $actorKeys | a[k]] } AS speakers,
  COLLECT { MATCH (s)-[v:VIA]->(a:Actor) WHERE $withVia WITH v, a ORDER BY v.hop RETURN [k IN $actorKeys | a[k]] } AS via,
  COLLECT { MATCH (art:Article)-[:CONTAINS]->(s) WHERE $withArticle
            RETURN [[k IN $articleKeys | art[k]],
                    COLLECT { MATCH (art)-[:PUBLISHED_BY]->(o:Outlet) WHERE $withOutlet RETURN [k IN $actorKeys | o[k]] }] } AS articles,
  COLLECT { MATCH (s)-[:ASSERTS]->(c:Claim) WHERE $withClaims WITH c ORDER BY c.id
            RETURN c {.id, .text, .firstSeenAt, relations: COLLECT {
              MATCH (c)-[r:COUNTERS|SUPPORTS]-(other:Claim) WHERE $withRelations
              WITH r, other ORDER BY r.createdAt, other.id
              RETURN {fromId: startNode(r).id, toId: endNode(r).id, relation: type(r), confidence: r.confidence, by: r.by, createdAt: r.createdAt, other: other {.id, .text, .firstSeenAt}} }} } AS claims
