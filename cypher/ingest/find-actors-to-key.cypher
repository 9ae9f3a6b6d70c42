// Actors stored before migration 0012, or unkeyed by 0014, while the mark stands: the next page
// after $after in id order (the unique id index gives the order), so that ingest can compute
// their identity keys.
// Nothing once the mark is gone.
MATCH (:ActorKeyBackfill)
MATCH (a:Actor) WHERE a.id > $after
RETURN a.id AS id, a.name AS name, coalesce(a.aliases, []) AS aliases, a.type AS type
ORDER BY a.id
LIMIT $limit
