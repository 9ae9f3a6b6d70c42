// statements(filter: {speakerId}) and nothing else: a speaker's page, the commonest list there is.
// Every MADE holds its speaker's id and its statement's sort key as one string whose ascending
// order is the list's (src/model/statement-sort-key.ts); the range index on the two (migration
// 0011) is seeked from the cursor's key on and read in order, so a page reads limit + 1 index
// entries whether the speaker said three things or a tenth of the graph, and page 50 costs what
// page 1 does. $keyAfter is the cursor's key ('' on page 1), $keyBefore above every key.
MATCH ()-[m:MADE]->(s)
WHERE m.speakerId = $speakerId AND m.sortKey > $keyAfter AND m.sortKey < $keyBefore
WITH s, m ORDER BY m.speakerId, m.sortKey
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
