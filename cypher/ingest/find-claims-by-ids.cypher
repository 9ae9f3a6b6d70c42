// The texts of claim candidates the ingest process has not seen yet (find-claim-candidates).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c.id AS id, c.text AS text, c.normalizedText AS normalizedText
