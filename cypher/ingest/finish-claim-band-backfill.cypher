// Every claim has its band keys: the backfill's mark goes.
MATCH (m:ClaimKeyBackfill)
DELETE m
