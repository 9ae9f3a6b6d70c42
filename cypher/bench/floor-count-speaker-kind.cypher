// Floor Q5: how many statements of one kind a speaker made, counted from the speaker.
MATCH (:Actor {id: $speakerId})-[:MADE]->(s:Statement)
WHERE s.kind = $kind
RETURN count(s) AS totalCount
