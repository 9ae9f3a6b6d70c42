// The fault harness empties its own scratch database between runs (never a real one: it starts
// that database itself), keeping the schema and its migration records. One transaction: the
// PolNeAR dev split is a few thousand nodes.
MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:SchemaMigrationLock
DETACH DELETE n
