// The band keys of claims stored before migration 0008 (see find-claims-without-bands).
UNWIND $claims AS x
MATCH (c:Claim {id: x.id})
SET c += x.bands
