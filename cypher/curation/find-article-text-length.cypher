MATCH (art:Article)-[:CONTAINS]->(:Statement {id: $id})
RETURN size(art.text) AS length
