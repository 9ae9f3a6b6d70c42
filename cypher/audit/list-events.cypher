// Newest first; the id breaks ties so that pages are stable.
MATCH (e:AuditEvent)
WHERE ($action IS NULL OR e.action = $action)
  AND ($keyName IS NULL OR e.keyName = $keyName)
  AND ($targetId IS NULL OR e.targetId = $targetId)
WITH e ORDER BY e.at DESC, e.id
WITH collect(e {.*}) AS rows
RETURN size(rows) AS totalCount, rows[$offset..$offset + $limit] AS items
