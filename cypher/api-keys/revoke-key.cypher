MATCH (k:ApiKey {id: $id})
WITH k, k.revokedAt IS NULL AS revokedNow
SET k.revokedAt = coalesce(k.revokedAt, $now)
RETURN k {.id, .name, .role, .prefix, .createdAt, .createdBy, .revokedAt} AS key, revokedNow
