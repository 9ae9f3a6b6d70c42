// The statements of every article of a batch, each row naming its article.
UNWIND $statements AS x
MATCH (art:Article {id: x.articleId})
CREATE (art)-[:CONTAINS]->(s:Statement)
SET s = x.props
WITH s, x
CALL (s, x) {
  MATCH (c:Claim {id: x.claimId})
  CREATE (s)-[:ASSERTS {extractor: x.props.extractor, confidence: x.props.confidence, createdAt: x.props.createdAt}]->(c)
}
CALL (s, x) {
  MATCH (speaker:Actor {id: x.speakerId})
  // speakerId and sortKey: what a speaker's page seeks (migration 0011).
  CREATE (speaker)-[:MADE {extractor: x.props.extractor, confidence: x.props.confidence, start: x.sourceStart, end: x.sourceEnd, createdAt: x.props.createdAt,
                           speakerId: speaker.id, sortKey: x.sortKey}]->(s)
}
CALL (s, x) {
  UNWIND x.via AS hop
  MATCH (through:Actor {id: hop.actorId})
  CREATE (s)-[:VIA {hop: hop.hop, extractor: x.props.extractor, createdAt: x.props.createdAt}]->(through)
}
