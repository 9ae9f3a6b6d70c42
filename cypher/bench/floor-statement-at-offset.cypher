// Set-up only (not timed): the sort key of a speaker's statement at a position, to build the
// floor's keyset cursor for a deep page.
MATCH (:Actor {id: $speakerId})-[:MADE]->(s:Statement)
WITH s ORDER BY s.at DESC, s.articleId, s.start, s.id
SKIP $offset LIMIT 1
RETURN s.at AS at, s.articleId AS articleId, s.start AS start, s.id AS id
