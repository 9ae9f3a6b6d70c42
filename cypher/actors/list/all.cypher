// The order every actor list must give, by sorting every actor (or those of one type): by name,
// exact matches of a search first; $orderBy STATEMENTS puts the most-quoted first (the count is
// the speaker's degree). The server lists from indexes (actors/list/by-name, most-quoted, …);
// the read-path tests hold each of them to this. The cursor is the last row's (made, rank, name, id).
MATCH (a:Actor)
WHERE $type IS NULL OR a.type = $type
WITH a,
     CASE WHEN $search IS NOT NULL AND (toLower(a.name) = $search OR any(x IN a.aliases WHERE toLower(x) = $search)) THEN 0 ELSE 1 END AS rank,
     CASE WHEN $orderBy = 'STATEMENTS' THEN COUNT { (a)-[:MADE]->() } ELSE 0 END AS made,
     toLower(a.name) AS name
WHERE $afterId IS NULL OR made < $afterMade
   OR (made = $afterMade AND (rank > $afterRank
       OR (rank = $afterRank AND (name > $afterName
           OR (name = $afterName AND a.id > $afterId)))))
RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} AS actor, made, rank, name
ORDER BY made DESC, rank, name, a.id
LIMIT $limit
