// The fault harness's census, per article (by its text's hash): how many copies, and what each
// holds, so a half-written article or a duplicate shows as a difference from a clean run.
MATCH (a:Article)
OPTIONAL MATCH (a)-[:CONTAINS]->(s:Statement)
OPTIONAL MATCH (s)-[asserts:ASSERTS]->(:Claim)
OPTIONAL MATCH (speaker)-[made:MADE]->(s)
OPTIONAL MATCH (s)-[via:VIA]->(:Actor)
WITH a.contentHash AS hash, a, count(DISTINCT s) AS statements, count(DISTINCT asserts) AS asserts, count(DISTINCT made) AS made, count(DISTINCT via) AS via
RETURN hash, count(a) AS copies, sum(statements) AS statements, sum(asserts) AS asserts, sum(made) AS made, sum(via) AS via
ORDER BY hash
