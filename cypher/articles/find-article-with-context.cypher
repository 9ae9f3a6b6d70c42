// article(id) with what the request selects of its outlet and of one page of its statements
// (reading order after a keyset cursor, one row more than the page; the count is the article's
// degree), in one round trip: the resolver primes the per-request loaders with them, so the
// nested fields cost no query of their own.
// Without $withOutlet / $withStatements those subqueries match nothing.
MATCH (a:Article {id: $id})
RETURN a {.id, .url, .title, .author, .publishedAt, .language, .contentHash, .text, .ingestedAt, .extractor} AS article,
  COLLECT { MATCH (a)-[:PUBLISHED_BY]->(o:Outlet) WHERE $withOutlet RETURN o {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(o.collective, false)} } AS outlets,
  COLLECT { MATCH (a)-[:CONTAINS]->(s:Statement) WHERE $withStatements
              AND ($afterId IS NULL OR s.start > $afterStart OR (s.start = $afterStart AND s.id > $afterId))
            WITH s ORDER BY s.start, s.id LIMIT $limit
            RETURN s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText, .sourceStart, .sourceEnd, .cueStart, .cueEnd} } AS statements,
  CASE WHEN $withStatements THEN COUNT { (a)-[:CONTAINS]->() } ELSE 0 END AS totalCount
