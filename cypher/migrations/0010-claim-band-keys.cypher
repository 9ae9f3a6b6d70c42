// Claim candidates by index seeks instead of a full-text query per claim (issue 11, ingest):
// each claim stores 20 band keys (src/ingest/claim-keys.ts: MinHash, two content words a band),
// and ingest looks up the claims sharing any of them, or the exact normalised text, one range
// index seek per key. A full-text query cost ~0.5 ms a claim whatever its limit; a seek ~0.05 ms.
CREATE INDEX claim_band0 IF NOT EXISTS FOR (n:Claim) ON (n.band0);
CREATE INDEX claim_band1 IF NOT EXISTS FOR (n:Claim) ON (n.band1);
CREATE INDEX claim_band2 IF NOT EXISTS FOR (n:Claim) ON (n.band2);
CREATE INDEX claim_band3 IF NOT EXISTS FOR (n:Claim) ON (n.band3);
CREATE INDEX claim_band4 IF NOT EXISTS FOR (n:Claim) ON (n.band4);
CREATE INDEX claim_band5 IF NOT EXISTS FOR (n:Claim) ON (n.band5);
CREATE INDEX claim_band6 IF NOT EXISTS FOR (n:Claim) ON (n.band6);
CREATE INDEX claim_band7 IF NOT EXISTS FOR (n:Claim) ON (n.band7);
CREATE INDEX claim_band8 IF NOT EXISTS FOR (n:Claim) ON (n.band8);
CREATE INDEX claim_band9 IF NOT EXISTS FOR (n:Claim) ON (n.band9);
CREATE INDEX claim_band10 IF NOT EXISTS FOR (n:Claim) ON (n.band10);
CREATE INDEX claim_band11 IF NOT EXISTS FOR (n:Claim) ON (n.band11);
CREATE INDEX claim_band12 IF NOT EXISTS FOR (n:Claim) ON (n.band12);
CREATE INDEX claim_band13 IF NOT EXISTS FOR (n:Claim) ON (n.band13);
CREATE INDEX claim_band14 IF NOT EXISTS FOR (n:Claim) ON (n.band14);
CREATE INDEX claim_band15 IF NOT EXISTS FOR (n:Claim) ON (n.band15);
CREATE INDEX claim_band16 IF NOT EXISTS FOR (n:Claim) ON (n.band16);
CREATE INDEX claim_band17 IF NOT EXISTS FOR (n:Claim) ON (n.band17);
CREATE INDEX claim_band18 IF NOT EXISTS FOR (n:Claim) ON (n.band18);
CREATE INDEX claim_band19 IF NOT EXISTS FOR (n:Claim) ON (n.band19);
// Claims stored before this migration have no keys. Their words are stemmed and hashed in
// TypeScript, so Cypher cannot compute them here: this marks the graph, and the next ingest
// fills them in (ingest/find-claims-without-bands, then set-claim-bands) and removes the mark.
MATCH (c:Claim) WHERE c.band0 IS NULL
WITH count(c) AS unkeyed WHERE unkeyed > 0
MERGE (:ClaimKeyBackfill {name: 'claim-band-keys'});
