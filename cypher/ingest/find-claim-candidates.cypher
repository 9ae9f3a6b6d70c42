// Existing claims that may say what the batch's claims say: the exact normalised text, or a claim
// sharing one of its band keys (src/ingest/claim-keys.ts); one range-index seek per distinct key
// of the batch and band. Flat lists rather than a subquery of 21 branches per claim (PROFILE, 100
// articles' claims against 824 articles' graph: 97,570 db hits against 247,151): a row comes back
// only for a key that found something, and the caller, which knows which claims asked for each
// key, hands the ids out. Only ids: a popular claim is a candidate of many, and its text, which
// never changes, is fetched once (find-claims-by-ids) and kept by the process.
CALL () {
  UNWIND $texts AS x
  MATCH (c:Claim {normalizedText: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[0] AS x
  MATCH (c:Claim {band0: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[1] AS x
  MATCH (c:Claim {band1: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[2] AS x
  MATCH (c:Claim {band2: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[3] AS x
  MATCH (c:Claim {band3: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[4] AS x
  MATCH (c:Claim {band4: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[5] AS x
  MATCH (c:Claim {band5: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[6] AS x
  MATCH (c:Claim {band6: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[7] AS x
  MATCH (c:Claim {band7: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[8] AS x
  MATCH (c:Claim {band8: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[9] AS x
  MATCH (c:Claim {band9: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[10] AS x
  MATCH (c:Claim {band10: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[11] AS x
  MATCH (c:Claim {band11: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[12] AS x
  MATCH (c:Claim {band12: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[13] AS x
  MATCH (c:Claim {band13: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[14] AS x
  MATCH (c:Claim {band14: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[15] AS x
  MATCH (c:Claim {band15: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[16] AS x
  MATCH (c:Claim {band16: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[17] AS x
  MATCH (c:Claim {band17: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[18] AS x
  MATCH (c:Claim {band18: x.value})
  RETURN x.i AS i, c.id AS id
  UNION ALL
  UNWIND $bands[19] AS x
  MATCH (c:Claim {band19: x.value})
  RETURN x.i AS i, c.id AS id
}
RETURN i, collect(id) AS ids
