// Write-locks both actors of a merge before it reads what their statements count under.
MATCH (a:Actor)
WHERE a.id IN [$sourceId, $targetId]
SET a.curatedBy = $by, a.curatedAt = $now
RETURN a.id AS id
