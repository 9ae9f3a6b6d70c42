// Takes the write lock of one IngestLock node per identity key, in the order given (sorted by
// the caller), held until the transaction ends. MERGE on the unique key creates a missing lock
// node exactly once. An existing one is made exclusive to this transaction by setting its key
// to itself: Neo4j takes the node's write lock for any SET, but writes nothing when the value
// is unchanged, so re-taking a lock no longer adds a property update per key (about 3,000 for
// the dev split's 84 articles) to the commit. (REMOVE of an absent property takes no lock: the
// test in test/integration/db/ingest-locks.test.ts holds the chosen form to it.) `lockedAt`
// is when the key was first locked.
//
// `writer` is who locked the key last (an ingest service, or one writer of an archive ingest);
// read once the lock is held, so no one can change it meanwhile. Answers the keys someone else
// locked last: a batch whose reads ran before its locks (read ahead while the previous batch
// wrote) is planned afresh when any of its keys was written by another writer. Setting it to the
// same writer again writes nothing, as above.
UNWIND $keys AS key
MERGE (l:IngestLock {key: key})
ON CREATE SET l.lockedAt = $now, l.writer = $writer
ON MATCH SET l.key = key
WITH l, key, l.writer AS before
SET l.writer = $writer
RETURN [k IN collect(CASE WHEN before = $writer THEN null ELSE key END) WHERE k IS NOT NULL] AS others
