// The ingest floor: a batch of extracted articles stored in one query, the same nodes and
// relationships ingest writes for them, with nothing looked up but ids. Actors and claims are
// keyed by their folded text (no identity resolution, no claim similarity), and there are no
// counters and no locks but those the writes take. What Neo4j's writes cost for this graph: the
// nodes, relationships and the migrations' range and full-text indexes.
UNWIND $articles AS a
CREATE (art:Article {id: a.id, text: a.text, contentHash: a.id, at: a.at, publishedAt: a.at, language: a.language, extractor: $extractor, ingestedAt: $now})
WITH art, a
CALL (a) {
  UNWIND a.actors AS actor
  MERGE (x:Actor {id: actor.id})
    ON CREATE SET x.name = actor.name, x.sortName = toLower(actor.name), x.aliases = actor.aliases, x.type = actor.type, x.normalizedName = actor.id, x.normalizedNames = [actor.id], x.extractor = $extractor
}
CALL (art, a) {
  UNWIND CASE WHEN a.outletId IS NULL THEN [] ELSE [a.outletId] END AS outletId
  MATCH (o:Actor {id: outletId})
  CREATE (art)-[:PUBLISHED_BY]->(o)
}
CALL (a) {
  UNWIND a.claims AS claim
  MERGE (c:Claim {id: claim.id})
    ON CREATE SET c.text = claim.text, c.normalizedText = claim.id, c.firstSeenAt = a.at, c.extractor = $extractor
}
CALL (art, a) {
  UNWIND a.statements AS st
  CREATE (art)-[:CONTAINS]->(s:Statement {id: st.id, quote: st.quote, kind: st.kind, start: st.start, end: st.end, at: a.at, articleId: a.id, confidence: st.confidence, extractor: $extractor, createdAt: $now})
  WITH s, st
  CALL (s, st) {
    MATCH (speaker:Actor {id: st.speakerId})
    CREATE (speaker)-[:MADE {speakerId: speaker.id, sortKey: st.sortKey, confidence: st.confidence, extractor: $extractor, createdAt: $now}]->(s)
  }
  CALL (s, st) {
    UNWIND range(0, size(st.via) - 1) AS i
    MATCH (through:Actor {id: st.via[i]})
    CREATE (s)-[:VIA {hop: i + 1, extractor: $extractor, createdAt: $now}]->(through)
  }
  CALL (s, st) {
    MATCH (c:Claim {id: st.claimId})
    CREATE (s)-[:ASSERTS {confidence: st.confidence, extractor: $extractor, createdAt: $now}]->(c)
  }
}
RETURN count(*) AS articles
