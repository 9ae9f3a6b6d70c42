// Takes the write lock of one IngestLock node per identity key, in the order given (sorted by
// the caller), held until the transaction ends. MERGE on the unique key creates a missing lock
// node exactly once; an existing one is made exclusive to this transaction by setting its key
// to itself (Neo4j takes the node's write lock for any SET; REMOVE of an absent property takes
// none: the test in test/integration/db/ingest-locks.test.ts holds the chosen form to it).
// `lockedAt` is when the key was first locked.
//
// `writer` names the transaction that locked the key last (one id per try). It is read once
// the lock is held, so no one can change it meanwhile, and answered per key: a batch read ahead
// while the batch before it wrote (find-lock-writers) knows who had locked each key when it
// read, so a key locked by anyone else since means writes its reads may have missed. Writing it
// costs a property update per key and transaction.
UNWIND $keys AS key
MERGE (l:IngestLock {key: key})
ON CREATE SET l.lockedAt = $now
ON MATCH SET l.key = key
WITH l, key, l.writer AS before
SET l.writer = $writer
RETURN collect([key, before]) AS lastWriters
