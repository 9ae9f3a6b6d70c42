MATCH (l:SchemaMigrationLock {name: 'schema'})
WHERE l.owner = $owner
SET l.owner = null, l.expiresAt = null
