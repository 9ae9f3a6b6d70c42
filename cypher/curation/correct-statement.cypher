// A curator's correction; curatedBy marks the statement so that no automatic run replaces it.
MATCH (art:Article)-[:CONTAINS]->(s:Statement {id: $id})
SET s.kind = coalesce($kind, s.kind),
    s.start = coalesce($start, s.start),
    s.end = coalesce($end, s.end),
    s.quote = CASE WHEN $start IS NULL THEN s.quote ELSE substring(art.text, $start, $end - $start) END,
    s.confidence = 1.0,
    s.curatedBy = $by, s.curatedAt = $now,
    s.curatedFields = [f IN coalesce(s.curatedFields, []) + $fields WHERE f IS NOT NULL | f]
WITH s
CALL (s) {
  MATCH (speaker:Actor {id: $speakerId})
  OPTIONAL MATCH (:Actor)-[old:MADE]->(s)
  DELETE old
  WITH DISTINCT s, speaker
  CREATE (speaker)-[:MADE {extractor: $by, confidence: 1.0, createdAt: $now}]->(s)
}
CALL (s) {
  UNWIND CASE WHEN $chain IS NULL THEN [] ELSE [1] END AS replacing
  OPTIONAL MATCH (s)-[old:VIA]->(:Actor)
  DELETE old
}
CALL (s) {
  UNWIND range(0, size(coalesce($chain, [])) - 1) AS i
  MATCH (through:Actor {id: $chain[i]})
  CREATE (s)-[:VIA {hop: i + 1, extractor: $by, createdAt: $now}]->(through)
}
// Its sort key, which a new start changes, for the speakers' MADE (curation/set-speaker-sort-keys).
RETURN s.id AS id, s.at AS at, s.articleId AS articleId, s.start AS start
