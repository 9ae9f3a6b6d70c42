// Claims stored before migration 0010, while its mark stands: their texts, so that ingest can
// compute their band keys. Nothing once the mark is gone (one index-free lookup of a label with
// at most one node).
MATCH (:ClaimKeyBackfill)
MATCH (c:Claim) WHERE c.band0 IS NULL
RETURN c.id AS id, c.text AS text
LIMIT $limit
