// statements(filter: {kind}) { totalCount }: the counter kept on write for the kind (migration
// 0007), instead of every statement of the graph read through the time index.
OPTIONAL MATCH (c:StatementCount {key: 'all:' + $kind})
RETURN coalesce(c.count, 0) AS totalCount
