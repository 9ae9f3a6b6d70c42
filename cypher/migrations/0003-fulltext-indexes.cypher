// Full-text search for whoSaid, claims(search) and actors(search). Aliases are a list of
// strings, which Neo4j 5 full-text indexes accept, so every spelling of a name is searchable.
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
CREATE FULLTEXT INDEX statement_quote IF NOT EXISTS FOR (n:Statement) ON EACH [n.quote];
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases];
