// Set-up only (not timed): the sort key of a speaker's statement at a position, the floor's
// keyset cursor for a deep page.
MATCH ()-[m:MADE]->()
WHERE m.speakerId = $speakerId AND m.sortKey > ''
WITH m ORDER BY m.speakerId, m.sortKey
SKIP $offset LIMIT 1
RETURN m.sortKey AS sortKey
