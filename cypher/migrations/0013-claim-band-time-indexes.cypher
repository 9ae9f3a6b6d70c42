// Claim candidates nearest in time (issue 11, ingest at scale): each band key's range index also
// holds the claim's firstSeenAt, so that ingest reads the claims sharing a key outward from its
// article's date and stops after NEAREST_CLAIMS_PER_KEY on each side
// (cypher/ingest/find-claim-candidates.cypher). With 0010's one-property indexes a seek had to
// read every claim of the key: in a synthetic graph of 100k statements, 17,000 candidates for
// one claim. The composite index serves the equality lookups the old ones did, so they go.
DROP INDEX claim_band0 IF EXISTS;
DROP INDEX claim_band1 IF EXISTS;
DROP INDEX claim_band2 IF EXISTS;
DROP INDEX claim_band3 IF EXISTS;
DROP INDEX claim_band4 IF EXISTS;
DROP INDEX claim_band5 IF EXISTS;
DROP INDEX claim_band6 IF EXISTS;
DROP INDEX claim_band7 IF EXISTS;
DROP INDEX claim_band8 IF EXISTS;
DROP INDEX claim_band9 IF EXISTS;
DROP INDEX claim_band10 IF EXISTS;
DROP INDEX claim_band11 IF EXISTS;
DROP INDEX claim_band12 IF EXISTS;
DROP INDEX claim_band13 IF EXISTS;
DROP INDEX claim_band14 IF EXISTS;
DROP INDEX claim_band15 IF EXISTS;
DROP INDEX claim_band16 IF EXISTS;
DROP INDEX claim_band17 IF EXISTS;
DROP INDEX claim_band18 IF EXISTS;
DROP INDEX claim_band19 IF EXISTS;
CREATE INDEX claim_band_time0 IF NOT EXISTS FOR (n:Claim) ON (n.band0, n.firstSeenAt);
CREATE INDEX claim_band_time1 IF NOT EXISTS FOR (n:Claim) ON (n.band1, n.firstSeenAt);
CREATE INDEX claim_band_time2 IF NOT EXISTS FOR (n:Claim) ON (n.band2, n.firstSeenAt);
CREATE INDEX claim_band_time3 IF NOT EXISTS FOR (n:Claim) ON (n.band3, n.firstSeenAt);
CREATE INDEX claim_band_time4 IF NOT EXISTS FOR (n:Claim) ON (n.band4, n.firstSeenAt);
CREATE INDEX claim_band_time5 IF NOT EXISTS FOR (n:Claim) ON (n.band5, n.firstSeenAt);
CREATE INDEX claim_band_time6 IF NOT EXISTS FOR (n:Claim) ON (n.band6, n.firstSeenAt);
CREATE INDEX claim_band_time7 IF NOT EXISTS FOR (n:Claim) ON (n.band7, n.firstSeenAt);
CREATE INDEX claim_band_time8 IF NOT EXISTS FOR (n:Claim) ON (n.band8, n.firstSeenAt);
CREATE INDEX claim_band_time9 IF NOT EXISTS FOR (n:Claim) ON (n.band9, n.firstSeenAt);
CREATE INDEX claim_band_time10 IF NOT EXISTS FOR (n:Claim) ON (n.band10, n.firstSeenAt);
CREATE INDEX claim_band_time11 IF NOT EXISTS FOR (n:Claim) ON (n.band11, n.firstSeenAt);
CREATE INDEX claim_band_time12 IF NOT EXISTS FOR (n:Claim) ON (n.band12, n.firstSeenAt);
CREATE INDEX claim_band_time13 IF NOT EXISTS FOR (n:Claim) ON (n.band13, n.firstSeenAt);
CREATE INDEX claim_band_time14 IF NOT EXISTS FOR (n:Claim) ON (n.band14, n.firstSeenAt);
CREATE INDEX claim_band_time15 IF NOT EXISTS FOR (n:Claim) ON (n.band15, n.firstSeenAt);
CREATE INDEX claim_band_time16 IF NOT EXISTS FOR (n:Claim) ON (n.band16, n.firstSeenAt);
CREATE INDEX claim_band_time17 IF NOT EXISTS FOR (n:Claim) ON (n.band17, n.firstSeenAt);
CREATE INDEX claim_band_time18 IF NOT EXISTS FOR (n:Claim) ON (n.band18, n.firstSeenAt);
CREATE INDEX claim_band_time19 IF NOT EXISTS FOR (n:Claim) ON (n.band19, n.firstSeenAt);
