// article(id) with what the request selects of its outlet and of one page of its statements
// (reading order after a keyset cursor, one row more than the page when the request asks for
// hasNextPage; the count is the article's degree, read when $withCount), in one round trip:
// the resolver primes the per-request loaders with them, so the nested fields cost no query of
// their own.
// Without $withOutlet / $withStatements those subqueries match nothing. Records are lists of the
// properties the request selects, in the order of $articleKeys, $actorKeys and $statementKeys
// (see src/repositories/projection.ts).
MATCH (a:Article {id: $id})
RETURN [k IN $articleKeys | a[k]] AS article,
  COLLECT { MATCH (a)-[:PUBLISHED_BY]->(o:Outlet) WHERE $withOutlet RETURN [k IN $actorKeys | o[k]] } AS outlets,
  COLLECT { MATCH (a)-[:CONTAINS]->(s:Statement) WHERE $withStatements
              AND ($afterId IS NULL OR s.start > $afterStart OR (s.start = $afterStart AND s.id > $afterId))
            WITH s ORDER BY s.start, s.id LIMIT $limit
            RETURN [k IN $statementKeys | s[k]] } AS statements,
  CASE WHEN $withCount THEN COUNT { (a)-[:CONTAINS]->() } ELSE 0 END AS totalCount
