// Who had last locked each of a batch's identity keys (merge-ingest-locks), as committed when
// the batch is read ahead; read before its candidates, so that their reads see every write made
// under a lock named here. A key with no lock node yet answers null.
UNWIND $keys AS key
OPTIONAL MATCH (l:IngestLock {key: key})
RETURN collect([key, l.writer]) AS lastWriters
