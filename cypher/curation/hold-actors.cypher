// Write-locks actors, in id order, until the transaction ends, and leaves them as they were: a
// property set and removed in one statement takes the node's lock and changes nothing. A
// correction holds the actors its statement counts under, as a merge holds its two
// (curation/lock-actors), so the two take turns. Answers the ids that still exist.
MATCH (a:Actor)
WHERE a.id IN $ids
WITH a ORDER BY a.id
SET a.held = true
REMOVE a.held
RETURN a.id AS id
