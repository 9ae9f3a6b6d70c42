// Without a search: by name. With one: names and aliases containing it, exact matches first.
// $orderBy STATEMENTS puts the most-quoted first; the name order then breaks ties.
MATCH (a:Actor)
WHERE ($type IS NULL OR a.type = $type)
  AND ($search IS NULL OR toLower(a.name) CONTAINS $search OR any(x IN a.aliases WHERE toLower(x) CONTAINS $search))
WITH a,
     CASE WHEN $search IS NOT NULL AND (toLower(a.name) = $search OR any(x IN a.aliases WHERE toLower(x) = $search)) THEN 0 ELSE 1 END AS rank,
     CASE WHEN $orderBy = 'STATEMENTS' THEN COUNT { (a)-[:MADE]->(:Statement) } ELSE 0 END AS made
ORDER BY made DESC, rank, toLower(a.name), a.id
WITH collect(a.id) AS ids
RETURN size(ids) AS totalCount, ids[$offset..$offset + $limit] AS ids
