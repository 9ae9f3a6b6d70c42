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
// $withVia, $withArticle, $withOutlet, $withClaims and, with it, the claims' COUNTERS/SUPPORTS
// edges of the sides the request reads: $withCounters, $withCounteredBy, $withSupports,
// $withSupportedBy), for the resolvers to prime their loaders with; a subquery whose flag is
// false matches nothing. Records are lists of the properties the request selects, in the order
// of $statementKeys, $actorKeys, $articleKeys and $claimKeys (see src/repositories/projection.ts);
// an edge is [type, whether it leaves the claim, confidence, by, createdAt, the other claim].
// A statement's claims (one or two) come unordered and are put in id order in Node: sorting them
// here is a sort operator and a second read of c.id on every row.
RETURN [k IN $statementKeys | s[k]] AS statement,
  COLLECT { MATCH (a:Actor)-[:MADE]->(s) WHERE $withSpeaker RETURN [k IN $actorKeys | a[k]] } AS speakers,
  COLLECT { MATCH (s)-[v:VIA]->(a:Actor) WHERE $withVia WITH v, a ORDER BY v.hop RETURN [k IN $actorKeys | a[k]] } AS via,
  COLLECT { MATCH (art:Article)-[:CONTAINS]->(s) WHERE $withArticle
            RETURN [[k IN $articleKeys | art[k]],
                    COLLECT { MATCH (art)-[:PUBLISHED_BY]->(o:Outlet) WHERE $withOutlet RETURN [k IN $actorKeys | o[k]] }] } AS articles,
  COLLECT { MATCH (s)-[:ASSERTS]->(c:Claim) WHERE $withClaims
            RETURN [[k IN $claimKeys | c[k]], COLLECT {
              CALL (c) {
                MATCH (c)-[r:COUNTERS]->(other:Claim) WHERE $withCounters RETURN r, other, true AS out
                UNION ALL
                MATCH (c)<-[r:COUNTERS]-(other:Claim) WHERE $withCounteredBy RETURN r, other, false AS out
                UNION ALL
                MATCH (c)-[r:SUPPORTS]->(other:Claim) WHERE $withSupports RETURN r, other, true AS out
                UNION ALL
                MATCH (c)<-[r:SUPPORTS]-(other:Claim) WHERE $withSupportedBy RETURN r, other, false AS out
              }
              WITH r, other, out ORDER BY r.createdAt, other.id
              RETURN [type(r), out, r.confidence, r.by, r.createdAt, [k IN $claimKeys | other[k]]] }] } AS claims
