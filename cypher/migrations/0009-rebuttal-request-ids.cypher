// addRebuttal's idempotency key: a client that retries after UNAVAILABLE (or a lost answer) sends
// the same clientRequestId, and must get the first rebuttal back, not a second one. The id is the
// client's, so it is unique per API key: two fact-checkers may both call their first request "1".
// A rebuttal stored without one (older ones, clients that send none) lacks the properties and is
// not constrained. MERGE on these two properties locks the constraint's index entry, so two
// concurrent calls with one id make one node: the second waits for the first to commit, then
// finds it (cypher/rebuttals/create-rebuttal-once.cypher).
CREATE CONSTRAINT rebuttal_client_request IF NOT EXISTS FOR (n:Rebuttal) REQUIRE (n.keyId, n.clientRequestId) IS UNIQUE;
