CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, prefix: $prefix, createdAt: $now, createdBy: $createdBy})
RETURN k {.id, .name, .role, .prefix, .createdAt, .createdBy, .revokedAt} AS key
