// Every new article of a batch; ingest has already set aside texts the graph holds. `at` is the
// articles list's sort key (publication time, else ingestion time), read from its range index.
UNWIND $articles AS x
CREATE (a:Article)
SET a = x, a.at = coalesce(x.publishedAt, x.ingestedAt)
