// addRebuttal with a clientRequestId: creates the rebuttal unless this key already stored one
// under that id, in which case it answers that one (`created` false) with the fingerprint of
// the body it was made from, for the service to tell a retry from a reused id. The MERGE is on
// the uniqueness constraint of migration 0009, so a concurrent retry waits and then matches.
MATCH (c:Claim {id: $claimId})
MERGE (r:Rebuttal {keyId: $keyId, clientRequestId: $clientRequestId})
  ON CREATE SET r.id = $id, r.verdict = $verdict, r.label = $label, r.summary = $summary, r.evidenceUrls = $evidenceUrls,
                r.author = $author, r.createdAt = $now, r.fingerprint = $fingerprint
WITH c, r, r.id = $id AS created
CALL (c, r, created) {
  WITH * WHERE created
  CREATE (r)-[:REVIEWS {by: $author, createdAt: $now}]->(c)
}
RETURN r {.id, .verdict, .label, .summary, .evidenceUrls, .author, .createdAt,
          claimId: COLLECT { MATCH (r)-[:REVIEWS]->(reviewed:Claim) RETURN reviewed.id }[0]} AS rebuttal,
       created, r.fingerprint AS fingerprint
