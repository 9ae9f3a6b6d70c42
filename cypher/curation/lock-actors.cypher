// Write-locks both actors of a merge, in id order as every curation write takes actors, before it
// reads what their statements count under.
MATCH (a:Actor)
WHERE a.id IN [$sourceId, $targetId]
WITH a ORDER BY a.id
SET a.curatedBy = $by, a.curatedAt = $now
RETURN a.id AS id
