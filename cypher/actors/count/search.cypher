// actors(search) { totalCount }: the full-text candidates that pass the exact test.
CALL db.index.fulltext.queryNodes('actor_names', $terms) YIELD node AS a
WHERE ($type IS NULL OR a.type = $type) AND (toLower(a.name) CONTAINS $search OR any(x IN a.aliases WHERE toLower(x) CONTAINS $search))
RETURN count(a) AS totalCount
