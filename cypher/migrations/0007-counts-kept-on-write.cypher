// Counts kept on write (issue 11): totalCount of a hot speaker's statements of one kind, of an
// outlet's, of a kind over the whole graph, and statements per day grow with the data when
// counted; one StatementCount node per key holds them instead, updated in the transaction that
// changes what they count (cypher/counts/). The keys, one definition shared with
// counts/keys-of-statements:
//   all:<kind>                    every statement of that kind
//   day:<YYYY-MM-DD>              every statement whose `at` falls on that day (also in `day`)
//   speaker:<actorId>:<kind>      what an actor MADE, of that kind (the total is MADE's degree)
//   outlet:<actorId>[:<kind>]     statements an actor published (PUBLISHED_BY of their article)
//                                 or relayed (VIA), each once, whatever the actor's labels
// MERGE on the unique key creates a counter once even when two transactions race for it.
CREATE CONSTRAINT statement_count_key IF NOT EXISTS FOR (n:StatementCount) REQUIRE n.key IS UNIQUE;
// statements-per-day reads the day buckets of its window from this range index.
CREATE INDEX statement_count_day IF NOT EXISTS FOR (n:StatementCount) ON (n.day);
// articles newest first: the sort key written on ingest, so ORDER BY at DESC LIMIT reads the index.
CREATE INDEX article_at IF NOT EXISTS FOR (n:Article) ON (n.at);
// The backfill. Every counter is SET to what the graph holds, never added to, so running this
// again gives the same counters; each part goes in transactions of its own, so a 1M graph does
// not need one transaction's worth of memory.
MATCH (art:Article) WHERE art.at IS NULL
CALL (art) {
  SET art.at = coalesce(art.publishedAt, art.ingestedAt)
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (s:Statement)
WITH s.kind AS kind, count(*) AS n
MERGE (c:StatementCount {key: 'all:' + kind})
SET c.count = n;
MATCH (s:Statement)
WITH substring(s.at, 0, 10) AS day, count(*) AS n
MERGE (c:StatementCount {key: 'day:' + day})
SET c.count = n, c.day = day;
MATCH (a:Actor)
CALL (a) {
  MATCH (a)-[:MADE]->(s:Statement)
  WITH s.kind AS kind, count(*) AS n
  MERGE (c:StatementCount {key: 'speaker:' + a.id + ':' + kind})
  SET c.count = n
} IN TRANSACTIONS OF 1000 ROWS;
MATCH (a:Actor)
CALL (a) {
  CALL (a) {
    MATCH (a)<-[:PUBLISHED_BY]-(:Article)-[:CONTAINS]->(s:Statement)
    RETURN s
    UNION
    MATCH (s:Statement)-[:VIA]->(a)
    RETURN s
  }
  WITH s.kind AS kind, count(*) AS n
  WITH collect({kind: kind, n: n}) AS kinds
  UNWIND [{key: 'outlet:' + a.id, n: reduce(total = 0, k IN kinds | total + k.n)}]
       + [k IN kinds | {key: 'outlet:' + a.id + ':' + k.kind, n: k.n}] AS x
  WITH x WHERE x.n > 0
  MERGE (c:StatementCount {key: x.key})
  SET c.count = x.n
} IN TRANSACTIONS OF 1000 ROWS;
