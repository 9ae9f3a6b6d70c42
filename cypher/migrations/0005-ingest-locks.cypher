// Concurrent ingests that mention the same new actor, claim or topic must create one node, not
// two. Matching is fuzzy (transliterations, paraphrases), so no uniqueness constraint on a name
// or a text can express "the same"; instead each ingest first takes a write lock on one
// IngestLock node per identity key its actors, claims and topics could match under (a surname,
// an organisation's words, a claim's normalised text), and only then looks for candidates. The
// constraint makes MERGE on a key create one node even when two transactions race for it.
CREATE CONSTRAINT ingest_lock_key IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.key IS UNIQUE;
