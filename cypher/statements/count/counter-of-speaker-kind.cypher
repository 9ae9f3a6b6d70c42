// statements(filter: {speakerId, kind}) { totalCount }: the speaker's counter for the kind, kept
// on write (migration 0007), so a speaker with 90,000 statements costs what one with 3 does.
OPTIONAL MATCH (c:StatementCount {key: 'speaker:' + $speakerId + ':' + $kind})
RETURN coalesce(c.count, 0) AS totalCount
