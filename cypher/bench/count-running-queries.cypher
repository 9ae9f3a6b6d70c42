// Queries still running in the database besides this one: a server's abandoned requests go on
// after the load generator disconnects, and must not be timed as the next server's load.
SHOW TRANSACTIONS YIELD currentQuery
WHERE NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
RETURN count(*) AS running
