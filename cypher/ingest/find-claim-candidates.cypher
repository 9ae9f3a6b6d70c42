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
//
// Compact on the wire, both ways, since a batch asks some 40,000 keys: band b's keys are three
// parallel lists, $values[b], $times[b] (an index into $ats) and $asks[b] (the ask's number),
// rather than a map a key, which would name its fields and repeat its article's time every time
// (and which the driver checks, value by value, for a temporal or spatial type); and each claim
// found comes back once, with the asks that found it, rather than once for every one of its keys
// that found it.
CALL () {
  UNWIND range(0, size($texts) - 1) AS i
  MATCH (c:Claim {normalizedText: $texts[i]})
  RETURN i, c.id AS id
  UNION ALL
  UNWIND range(0, size($values[0]) - 1) AS j
  WITH $values[0][j] AS value, $ats[toInteger($times[0][j])] AS at, $asks[0][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band0 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band0 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band0 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band0, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[1]) - 1) AS j
  WITH $values[1][j] AS value, $ats[toInteger($times[1][j])] AS at, $asks[1][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band1 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band1 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band1 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band1, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[2]) - 1) AS j
  WITH $values[2][j] AS value, $ats[toInteger($times[2][j])] AS at, $asks[2][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band2 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band2 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band2 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band2, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[3]) - 1) AS j
  WITH $values[3][j] AS value, $ats[toInteger($times[3][j])] AS at, $asks[3][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band3 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band3 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band3 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band3, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[4]) - 1) AS j
  WITH $values[4][j] AS value, $ats[toInteger($times[4][j])] AS at, $asks[4][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band4 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band4 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band4 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band4, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[5]) - 1) AS j
  WITH $values[5][j] AS value, $ats[toInteger($times[5][j])] AS at, $asks[5][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band5 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band5 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band5 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band5, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[6]) - 1) AS j
  WITH $values[6][j] AS value, $ats[toInteger($times[6][j])] AS at, $asks[6][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band6 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band6 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band6 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band6, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[7]) - 1) AS j
  WITH $values[7][j] AS value, $ats[toInteger($times[7][j])] AS at, $asks[7][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band7 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band7 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band7 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band7, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[8]) - 1) AS j
  WITH $values[8][j] AS value, $ats[toInteger($times[8][j])] AS at, $asks[8][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band8 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band8 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band8 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band8, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[9]) - 1) AS j
  WITH $values[9][j] AS value, $ats[toInteger($times[9][j])] AS at, $asks[9][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band9 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band9 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band9 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band9, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[10]) - 1) AS j
  WITH $values[10][j] AS value, $ats[toInteger($times[10][j])] AS at, $asks[10][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band10 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band10 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band10 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band10, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[11]) - 1) AS j
  WITH $values[11][j] AS value, $ats[toInteger($times[11][j])] AS at, $asks[11][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band11 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band11 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band11 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band11, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[12]) - 1) AS j
  WITH $values[12][j] AS value, $ats[toInteger($times[12][j])] AS at, $asks[12][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band12 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band12 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band12 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band12, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[13]) - 1) AS j
  WITH $values[13][j] AS value, $ats[toInteger($times[13][j])] AS at, $asks[13][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band13 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band13 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band13 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band13, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[14]) - 1) AS j
  WITH $values[14][j] AS value, $ats[toInteger($times[14][j])] AS at, $asks[14][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band14 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band14 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band14 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band14, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[15]) - 1) AS j
  WITH $values[15][j] AS value, $ats[toInteger($times[15][j])] AS at, $asks[15][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band15 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band15 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band15 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band15, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[16]) - 1) AS j
  WITH $values[16][j] AS value, $ats[toInteger($times[16][j])] AS at, $asks[16][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band16 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band16 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band16 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band16, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[17]) - 1) AS j
  WITH $values[17][j] AS value, $ats[toInteger($times[17][j])] AS at, $asks[17][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band17 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band17 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band17 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band17, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[18]) - 1) AS j
  WITH $values[18][j] AS value, $ats[toInteger($times[18][j])] AS at, $asks[18][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band18 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band18 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band18 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band18, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
  UNION ALL
  UNWIND range(0, size($values[19]) - 1) AS j
  WITH $values[19][j] AS value, $ats[toInteger($times[19][j])] AS at, $asks[19][j] AS i
  CALL (value, at) {
    MATCH (c:Claim) WHERE c.band19 = value AND c.firstSeenAt <= at
    WITH c ORDER BY c.band19 DESC, c.firstSeenAt DESC LIMIT $nearest
    RETURN c.id AS id
    UNION ALL
    MATCH (c:Claim) WHERE c.band19 = value AND c.firstSeenAt > at
    WITH c ORDER BY c.band19, c.firstSeenAt LIMIT $nearest
    RETURN c.id AS id
  }
  RETURN i, id
}
RETURN id, collect(i) AS asked
