// The names of the given actors, as their identity keys (and ingest's locks on them) are computed.
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, a.name AS name, coalesce(a.aliases, []) AS aliases, a.type AS type
