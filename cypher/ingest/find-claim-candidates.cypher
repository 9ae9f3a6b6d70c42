// Existing claims that may say what the batch's claims say: the exact normalised text, or a claim
// sharing one of its band keys (src/ingest/claim-keys.ts). A key is read from its range index on
// (band, firstSeenAt) outward from the article's time: the $nearest claims at or before it, newest
// first, and the $nearest after it, oldest first, so a key that thousands of claims share reads
// 2 × $nearest index entries, not thousands (NEAREST_CLAIMS_PER_KEY). ORDER BY names the band too,
// so that the planner reads the index in order and stops at the limit instead of sorting the key's
// every claim. Flat lists rather than a subquery of 21 branches per claim: a row comes back only
// for a key that found something, and the caller, which knows which claims asked for each key,
// hands the ids out. Only ids: a popular claim is a candidate of many, and its text, which never
// changes, is fetched once (find-claims-by-ids) and kept by the process.
CALL () {
  UNWIND $texts AS x
  MATCH (c:Claim {normalizedText: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[0] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band0 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band0 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band0 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band0, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[1] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band1 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band1 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band1 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band1, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[2] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band2 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band2 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band2 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band2, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[3] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band3 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band3 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band3 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band3, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[4] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band4 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band4 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band4 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band4, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[5] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band5 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band5 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band5 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band5, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[6] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band6 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band6 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band6 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band6, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[7] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band7 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band7 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band7 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band7, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[8] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band8 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band8 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band8 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band8, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[9] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band9 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band9 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band9 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band9, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[10] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band10 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band10 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band10 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band10, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[11] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band11 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band11 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band11 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band11, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[12] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band12 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band12 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band12 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band12, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[13] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band13 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band13 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band13 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band13, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[14] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band14 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band14 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band14 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band14, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[15] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band15 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band15 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band15 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band15, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[16] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band16 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band16 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band16 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band16, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[17] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band17 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band17 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band17 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band17, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[18] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band18 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band18 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band18 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band18, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
  UNION ALL
  UNWIND $bands[19] AS x
  CALL (x) {
    MATCH (c:Claim) WHERE c.band19 = x.value AND c.firstSeenAt <= x.at
    WITH c ORDER BY c.band19 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band19 = x.value AND c.firstSeenAt > x.at
    WITH c ORDER BY c.band19, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN x.i AS i, id
}
RETURN i, collect(id) AS ids
