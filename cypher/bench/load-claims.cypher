// Synthetic bench data: claims, then what each counters.
UNWIND $claims AS x
CREATE (c:Claim)
SET c = x.props
WITH c, x
UNWIND x.counters AS target
MATCH (t:Claim {id: target})
CREATE (c)-[:COUNTERS {confidence: 0.8, by: 'bench', cue: 'denied', articleId: 'bench', createdAt: x.props.firstSeenAt}]->(t)
