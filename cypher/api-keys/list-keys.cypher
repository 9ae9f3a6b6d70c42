MATCH (k:ApiKey)
RETURN k {.id, .name, .role, .prefix, .createdAt, .createdBy, .revokedAt} AS key
ORDER BY k.createdAt, k.id
