// The most-countered claims from indexes instead of every COUNTERS relationship (issue 11, stats
// at scale): a claim keeps how many claims counter it (`countered`, added to as each COUNTERS is
// created: ingest/merge-claim-relations, curation/link-claims), and the all-time list reads the
// range index on it from the top (stats/most-countered-claims-all-time); a window reads the
// relationships created in it from the index on COUNTERS.createdAt. At 1M synthetic statements the
// scan read 260,000 db hits for the all-time top 10. Relationships are never deleted or moved.
CREATE INDEX claim_countered IF NOT EXISTS FOR (n:Claim) ON (n.countered);
CREATE INDEX counters_created_at IF NOT EXISTS FOR ()-[r:COUNTERS]-() ON (r.createdAt);
MATCH (c:Claim)
WHERE EXISTS { (c)<-[:COUNTERS]-(:Claim) }
CALL (c) {
  SET c.countered = COUNT { (c)<-[:COUNTERS]-(:Claim) }
} IN TRANSACTIONS OF 10000 ROWS;
