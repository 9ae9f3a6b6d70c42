// statements(filter: {speakerId}) and nothing else: a speaker's page, the commonest list there is.
// The same plan as by-speaker-id.cypher (a cold speaker through MADE, a hot one through the time
// index newest first) without the other filters' `$x IS NULL OR …` tests: each of those is an
// operator Neo4j builds and steps through on every execution even when it lets every row pass.
MATCH (sp:Actor {id: $speakerId})
WITH sp, COUNT { (sp)-[:MADE]->() } AS degree, COUNT { (:Statement) } AS total
WITH sp, degree * degree > total * $limit AS hot
WITH sp, hot, CASE WHEN hot THEN $atTo ELSE '' END AS scanTo
CALL (sp, hot, scanTo) {
  WITH sp WHERE NOT hot
  MATCH (sp)-[:MADE]->(s:Statement)
  WHERE $afterAt IS NULL OR s.at < $afterAt
       OR (s.at = $afterAt AND (s.articleId > $afterArticleId
           OR (s.articleId = $afterArticleId AND (s.start > $afterStart
               OR (s.start = $afterStart AND s.id > $afterId)))))
  RETURN s ORDER BY s.at DESC, s.articleId, s.start, s.id
  LIMIT $limit
  UNION
  WITH sp, scanTo
  MATCH (s:Statement)
  WHERE s.at >= $atFrom AND s.at < scanTo AND s.at <= $atMax AND (sp)-[:MADE]->(s)
  WITH s
  WHERE $afterAt IS NULL OR s.at < $afterAt
       OR (s.at = $afterAt AND (s.articleId > $afterArticleId
           OR (s.articleId = $afterArticleId AND (s.start > $afterStart
               OR (s.start = $afterStart AND s.id > $afterId)))))
  RETURN s ORDER BY s.at DESC, s.articleId, s.start, s.id
  LIMIT $limit
}
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
