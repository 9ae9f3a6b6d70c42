// whoSaid: full-text over statement quotes and over claim texts (through the statements that
// assert them); a statement found both ways keeps its better score. The speaker, article and
// chain of each hit come in the same query: the page is at most $limit rows. Records are lists
// of the properties the request selects, in the order of $statementKeys, $actorKeys and
// $articleKeys (see src/repositories/projection.ts).
CALL {
  CALL db.index.fulltext.queryNodes('statement_quote', $query, {limit: $limit}) YIELD node, score
  RETURN node AS s, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $limit}) YIELD node, score
  MATCH (s:Statement)-[:ASSERTS]->(node)
  RETURN s, score
}
WITH s, max(score) AS score
MATCH (speaker:Actor)-[:MADE]->(s)
WITH s, speaker, score
ORDER BY score DESC, s.id
LIMIT $limit
RETURN [k IN $statementKeys | s[k]] AS statement,
  [k IN $actorKeys | speaker[k]] AS speaker,
  COLLECT { MATCH (art:Article)-[:CONTAINS]->(s) RETURN [k IN $articleKeys | art[k]] }[0] AS article,
  COLLECT { MATCH (s)-[v:VIA]->(a:Actor) WITH v, a ORDER BY v.hop RETURN [k IN $actorKeys | a[k]] } AS via,
  score
ORDER BY score DESC, s.id
