MATCH (k:ApiKey {hash: $hash})
WHERE k.revokedAt IS NULL
RETURN k.id AS keyId, k.name AS name, k.role AS role, k.hash AS hash
