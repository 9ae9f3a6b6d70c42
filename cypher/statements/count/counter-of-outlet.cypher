// statements(filter: {outlet, kind?}) { totalCount }: when one outlet's name or alias contains
// $outlet, its counter (all kinds, or the kind) kept on write (migration 0007). Several outlets
// may share a statement (one published it, another relayed it), so their counters do not add
// up: then the statements are counted from the outlets, as the by-outlet shape does.
MATCH (o:Outlet)
WHERE toLower(o.name) CONTAINS $outlet OR any(x IN o.aliases WHERE toLower(x) CONTAINS $outlet)
WITH collect(o) AS outlets
CALL (outlets) {
  WITH outlets
  WHERE size(outlets) = 1
  OPTIONAL MATCH (c:StatementCount {key: 'outlet:' + outlets[0].id + coalesce(':' + $kind, '')})
  RETURN coalesce(c.count, 0) AS totalCount
  UNION ALL
  WITH outlets
  WHERE size(outlets) > 1
  UNWIND outlets AS o
  CALL (o) {
    MATCH (o)<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(s:Statement)
    RETURN s
    UNION
    MATCH (s:Statement)-[:VIA]->(o)
    RETURN s
  }
  WITH DISTINCT s
  WHERE $kind IS NULL OR s.kind = $kind
  RETURN count(s) AS totalCount
}
RETURN sum(totalCount) AS totalCount
