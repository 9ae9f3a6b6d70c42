// Which of $ids no longer let anyone in: revoked, or not there at all. The live connections
// opened with them are closed (server/revoked-key-watch.ts). One query for every open key.
UNWIND $ids AS id
OPTIONAL MATCH (k:ApiKey {id: id})
WITH id, k
WHERE k IS NULL OR k.revokedAt IS NOT NULL
RETURN id
