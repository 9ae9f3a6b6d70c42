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
// #include fragments/statement-rows
