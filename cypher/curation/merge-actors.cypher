// Moves every relationship of the source actor onto the target, keeps the source's spellings as
// aliases, and deletes the source. Each relationship type is moved explicitly (no APOC here).
MATCH (source:Actor {id: $sourceId}), (target:Actor {id: $targetId})
CALL (source, target) {
  // The statement's sort key moves as it is; the speaker's id is the target's (migration 0011).
  MATCH (source)-[r:MADE]->(s) MERGE (target)-[n:MADE]->(s) SET n += properties(r), n.speakerId = target.id
}
CALL (source, target) {
  MATCH (s)-[r:VIA]->(source) CREATE (s)-[n:VIA]->(target) SET n += properties(r)
}
CALL (source, target) {
  MATCH (source)-[r:HOLDS_ROLE]->(o) WHERE o <> target MERGE (target)-[n:HOLDS_ROLE {title: r.title}]->(o) SET n += properties(r)
}
CALL (source, target) {
  MATCH (p)-[r:HOLDS_ROLE]->(source) WHERE p <> target MERGE (p)-[n:HOLDS_ROLE {title: r.title}]->(target) SET n += properties(r)
}
CALL (source, target) {
  MATCH (source)-[r:PART_OF]->(o) WHERE o <> target MERGE (target)-[n:PART_OF]->(o) SET n += properties(r)
}
CALL (source, target) {
  MATCH (o)-[r:PART_OF]->(source) WHERE o <> target MERGE (o)-[n:PART_OF]->(target) SET n += properties(r)
}
CALL (source, target) {
  MATCH (a)-[r:PUBLISHED_BY]->(source) MERGE (a)-[n:PUBLISHED_BY]->(target) SET n += properties(r)
}
WITH source, target,
     [x IN [source.name] + source.aliases WHERE x <> target.name AND NOT x IN target.aliases] AS newAliases
SET target.aliases = target.aliases + [x IN newAliases WHERE x IS NOT NULL],
    target.normalizedNames = target.normalizedNames + [x IN source.normalizedNames WHERE NOT x IN target.normalizedNames],
    target.mergedIds = coalesce(target.mergedIds, []) + source.id,
    target.curatedBy = $by, target.curatedAt = $now
DETACH DELETE source
RETURN target.id AS id, target.name AS name, target.aliases AS aliases, target.type AS type
