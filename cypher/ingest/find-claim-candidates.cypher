// Existing claims that may say what a new statement says: the exact normalised text, or a claim
// sharing one of its band keys (src/ingest/claim-keys.ts); one range-index seek per key. Only
// ids: a popular claim is a candidate of many, and its text, which never changes, is fetched
// once (find-claims-by-ids) and kept by the ingest process; the caller scores them.
UNWIND $claims AS x
CALL (x) {
  MATCH (c:Claim {normalizedText: x.normalizedText}) RETURN c
  UNION
  MATCH (c:Claim {band0: x.bands[0]}) RETURN c
  UNION
  MATCH (c:Claim {band1: x.bands[1]}) RETURN c
  UNION
  MATCH (c:Claim {band2: x.bands[2]}) RETURN c
  UNION
  MATCH (c:Claim {band3: x.bands[3]}) RETURN c
  UNION
  MATCH (c:Claim {band4: x.bands[4]}) RETURN c
  UNION
  MATCH (c:Claim {band5: x.bands[5]}) RETURN c
  UNION
  MATCH (c:Claim {band6: x.bands[6]}) RETURN c
  UNION
  MATCH (c:Claim {band7: x.bands[7]}) RETURN c
  UNION
  MATCH (c:Claim {band8: x.bands[8]}) RETURN c
  UNION
  MATCH (c:Claim {band9: x.bands[9]}) RETURN c
  UNION
  MATCH (c:Claim {band10: x.bands[10]}) RETURN c
  UNION
  MATCH (c:Claim {band11: x.bands[11]}) RETURN c
  UNION
  MATCH (c:Claim {band12: x.bands[12]}) RETURN c
  UNION
  MATCH (c:Claim {band13: x.bands[13]}) RETURN c
  UNION
  MATCH (c:Claim {band14: x.bands[14]}) RETURN c
  UNION
  MATCH (c:Claim {band15: x.bands[15]}) RETURN c
  UNION
  MATCH (c:Claim {band16: x.bands[16]}) RETURN c
  UNION
  MATCH (c:Claim {band17: x.bands[17]}) RETURN c
  UNION
  MATCH (c:Claim {band18: x.bands[18]}) RETURN c
  UNION
  MATCH (c:Claim {band19: x.bands[19]}) RETURN c
}
RETURN x.key AS key, collect(DISTINCT c.id) AS ids
