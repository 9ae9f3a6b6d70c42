// The statements whose counters a merge of this actor changes: those it made, relayed, or
// published (through their article).
MATCH (a:Actor {id: $actorId})
CALL (a) {
  MATCH (a)-[:MADE]->(s:Statement)
  RETURN s
  UNION
  MATCH (s:Statement)-[:VIA]->(a)
  RETURN s
  UNION
  MATCH (a)<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(s:Statement)
  RETURN s
}
RETURN s.id AS id
