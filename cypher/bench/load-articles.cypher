// Synthetic bench data: one article per row with its outlet and statements (speaker, chain, claim).
UNWIND $articles AS x
CREATE (art:Article)
SET art = x.props
WITH art, x
MATCH (o:Outlet {id: x.outletId})
CREATE (art)-[:PUBLISHED_BY {by: 'bench', createdAt: x.props.ingestedAt}]->(o)
WITH art, x
UNWIND x.statements AS st
CREATE (art)-[:CONTAINS]->(s:Statement)
SET s = st.props
WITH s, st
CALL (s, st) {
  MATCH (sp:Actor {id: st.speakerId})
  CREATE (sp)-[:MADE {extractor: 'bench', confidence: 0.9, start: st.props.start, end: st.props.start + 5, createdAt: st.props.at}]->(s)
}
CALL (s, st) {
  MATCH (c:Claim {id: st.claimId})
  CREATE (s)-[:ASSERTS {extractor: 'bench', confidence: 0.9, createdAt: st.props.at}]->(c)
}
CALL (s, st) {
  UNWIND st.via AS hop
  MATCH (h:Actor {id: hop.actorId})
  CREATE (s)-[:VIA {hop: hop.hop, extractor: 'bench', createdAt: st.props.at}]->(h)
}
