// statements(filter) — one speaker's statements, through the speaker's id, with other filters.
// The speaker's MADE are read in the list's order from the index on (speakerId, sortKey)
// (migration 0011; see by-speaker-id-only.cypher), from the cursor's key on and within the time
// window's keys ($keyAfter, $keyBefore: src/model/statement-sort-key.ts), and every other filter
// is applied to each row until the page is full: at most the speaker's statements are read,
// however big the graph, and a filter most rows pass stops after a page's worth. The speaker id is
// the anchor itself, so it is not tested again per row; null means "any" (text filters arrive
// lower-cased). `from` and `to` are tested on the rows too: the keys bound them only for times
// in the stored format.
MATCH ()-[m:MADE]->(s)
WHERE m.speakerId = $speakerId AND m.sortKey > $keyAfter AND m.sortKey < $keyBefore
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
WITH s, m ORDER BY m.speakerId, m.sortKey
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
