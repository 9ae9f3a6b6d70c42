// Statements per speaker name; statements without a speaker under a null name.
MATCH (s:Statement)
OPTIONAL MATCH (a:Actor)-[:MADE]->(s)
RETURN a.name AS speaker, a.type AS type, count(s) AS statements
