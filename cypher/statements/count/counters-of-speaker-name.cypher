// statements(filter: {speaker, kind?}) { totalCount }: the actors whose name or alias contains
// $speaker (full-text candidates, then the exact test, as the list does), each with its MADE
// degree, or its counter for the kind. A statement has one MADE at most, so the sum counts each
// statement once.
CALL db.index.fulltext.queryNodes('actor_names', $speakerTerms) YIELD node AS sp
WITH sp
WHERE toLower(sp.name) CONTAINS $speaker OR any(x IN sp.aliases WHERE toLower(x) CONTAINS $speaker)
OPTIONAL MATCH (c:StatementCount {key: 'speaker:' + sp.id + ':' + $kind})
RETURN sum(CASE WHEN $kind IS NULL THEN COUNT { (sp)-[:MADE]->() } ELSE coalesce(c.count, 0) END) AS totalCount
