MATCH (a:Actor {id: $actorId})
SET a.aliases = CASE WHEN $alias IN a.aliases OR $alias = a.name THEN a.aliases ELSE a.aliases + $alias END,
    a.normalizedNames = CASE WHEN $normalized IN a.normalizedNames THEN a.normalizedNames ELSE a.normalizedNames + $normalized END,
    a.curatedBy = $by, a.curatedAt = $now
RETURN a.id AS id, a.name AS name, a.aliases AS aliases, a.type AS type
