// The SET locks the node first, so the WITH below reads the owner that the previous
// holder committed: two processes starting together cannot both see it free.
MERGE (l:SchemaMigrationLock {name: 'schema'})
SET l.touchedAt = datetime()
WITH l, (l.owner IS NULL OR l.owner = $owner OR l.expiresAt < datetime()) AS free
FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END |
  SET l.owner = $owner, l.expiresAt = datetime() + duration({seconds: $leaseSeconds}))
RETURN free AS acquired
