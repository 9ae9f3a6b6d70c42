// actors(type) { totalCount }: through the index on Actor.type.
MATCH (a:Actor)
WHERE a.type = $type
RETURN count(a) AS totalCount
