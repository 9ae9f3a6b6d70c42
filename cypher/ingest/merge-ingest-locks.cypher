// Takes the write lock of one IngestLock node per identity key, in the order given (sorted by
// the caller), held until the transaction ends. MERGE on the unique key creates a missing lock
// node exactly once. An existing one is made exclusive to this transaction by setting its key
// to itself: Neo4j takes the node's write lock for any SET, but writes nothing when the value
// is unchanged, so re-taking a lock no longer adds a property update per key (about 3,000 for
// the dev split's 84 articles) to the commit. (REMOVE of an absent property takes no lock: the
// test in test/integration/db/ingest-locks.test.ts holds the chosen form to it.) `lockedAt`
// is when the key was first locked.
UNWIND $keys AS key
MERGE (l:IngestLock {key: key})
ON CREATE SET l.lockedAt = $now
ON MATCH SET l.key = key
