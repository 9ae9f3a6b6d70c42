// Takes the write lock of one IngestLock node per identity key, in the order given (sorted by
// the caller), held until the transaction ends. MERGE on the unique key creates a missing lock
// node exactly once; the SET makes an existing one exclusive to this transaction.
UNWIND $keys AS key
MERGE (l:IngestLock {key: key})
SET l.lockedAt = $now
