// whoSaid: full-text over statement quotes and over claim texts (through the statements that
// assert them); a statement found both ways keeps its better score. The speaker, article and
// chain of each hit come in the same query: the page is at most $limit rows.
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
RETURN s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText, .sourceStart, .sourceEnd, .cueStart, .cueEnd} AS statement,
  speaker {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(speaker.collective, false)} AS speaker,
  COLLECT { MATCH (art:Article)-[:CONTAINS]->(s) RETURN art {.id, .url, .title, .author, .publishedAt, .language, .contentHash, .ingestedAt, .extractor} }[0] AS article,
  COLLECT { MATCH (s)-[v:VIA]->(a:Actor) WITH v, a ORDER BY v.hop RETURN a {.id, .name, .aliases, .description, .kind, .domain, .type, collective: coalesce(a.collective, false)} } AS via,
  score
ORDER BY score DESC, statement.id
