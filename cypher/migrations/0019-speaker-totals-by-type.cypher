// A type's most-quoted actors from an index instead of every actor of the type's degree (issue 11,
// actor lists at scale): each speaker's total (MadeCount, migration 0015) also keeps its actor's
// type, which never changes once the actor is created, and a range index on (actorType, count)
// gives a type's speakers largest first. At 1M synthetic statements the persons' first page read
// 240,000 db hits and took about 210 ms. cypher/counts/add-to-statement-counts sets the type
// when it creates a total.
CREATE INDEX made_count_by_type IF NOT EXISTS FOR (n:MadeCount) ON (n.actorType, n.count);
MATCH (c:MadeCount)
CALL (c) {
  MATCH (a:Actor {id: c.actorId})
  SET c.actorType = a.type
} IN TRANSACTIONS OF 10000 ROWS;
