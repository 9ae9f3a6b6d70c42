// The counter keys each statement counts under (the keys are defined in migrations 0007 and 0015,
// which backfill them the same way), summed over the statements: what adding them adds, or removing
// them takes away. A statement relayed through the outlet that also published it counts once.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
WITH s,
  [(a:Actor)-[:MADE]->(s) | a.id] AS speakers,
  [(s)<-[:CONTAINS]-(:Article)-[:PUBLISHED_BY]->(o:Actor) | o.id] + [(s)-[:VIA]->(o:Actor) | o.id] AS relays
WITH s, speakers, reduce(once = [], o IN relays | CASE WHEN o IN once THEN once ELSE once + o END) AS outlets
UNWIND ['all:' + s.kind, 'day:' + substring(s.at, 0, 10)]
     + [a IN speakers | 'speaker:' + a + ':' + s.kind]
     + [a IN speakers | 'made:' + a]
     + [o IN outlets | 'outlet:' + o]
     + [o IN outlets | 'outlet:' + o + ':' + s.kind] AS key
RETURN key, count(*) AS n
