// The actors a statement counts under, which a merge of one of them rewrites it through: its
// speakers, its chain and its article's outlets (the keys of counts/keys-of-statements).
MATCH (s:Statement {id: $id})
RETURN [(a:Actor)-[:MADE]->(s) | a.id]
     + [(s)-[:VIA]->(a:Actor) | a.id]
     + [(s)<-[:CONTAINS]-(:Article)-[:PUBLISHED_BY]->(a:Actor) | a.id] AS ids
