// Every new article of a batch; ingest has already set aside texts the graph holds.
UNWIND $articles AS x
CREATE (a:Article)
SET a = x
