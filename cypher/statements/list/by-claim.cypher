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
// With $withContext the speaker, chain, article and outlet come in the same round trip, with
// $withClaims the claims (and with $withRelations their COUNTERS/SUPPORTS edges), for the
// resolvers to prime their loaders with; without them these subqueries match nothing.
RETURN s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText, .sourceStart, .sourceEnd, .cueStart, .cueEnd} AS statement,
  COLLECT { MATCH (a:Actor)-[:MADE]->(s) WHERE $withContext RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} } AS speakers,
  COLLECT { MATCH (s)-[v:VIA]->(a:Actor) WHERE $withContext WITH v, a ORDER BY v.hop RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} } AS via,
  COLLECT { MATCH (art:Article)-[:CONTAINS]->(s) WHERE $withContext RETURN art {.id, .url, .title, .author, .publishedAt, .language, .contentHash, .ingestedAt, .extractor} } AS articles,
  COLLECT { MATCH (:Article {id: s.articleId})-[:PUBLISHED_BY]->(o:Outlet) WHERE $withContext RETURN o {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(o.collective, false)} } AS outlets,
  COLLECT { MATCH (s)-[:ASSERTS]->(c:Claim) WHERE $withClaims WITH c ORDER BY c.id
            RETURN c {.id, .text, .firstSeenAt, relations: COLLECT {
              MATCH (c)-[r:COUNTERS|SUPPORTS]-(other:Claim) WHERE $withRelations
              WITH r, other ORDER BY r.createdAt, other.id
              RETURN {fromId: startNode(r).id, toId: endNode(r).id, relation: type(r), confidence: r.confidence, by: r.by, createdAt: r.createdAt, other: other {.id, .text, .firstSeenAt}} }} } AS claims
