MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, $now)
RETURN k {.id, .name, .role, .prefix, .createdAt, .createdBy, .revokedAt} AS key
