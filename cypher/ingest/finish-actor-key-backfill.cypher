// Every actor is linked to its identity keys: the backfill's mark goes.
MATCH (m:ActorKeyBackfill)
DELETE m
