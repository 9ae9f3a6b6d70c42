// Floor Q5: how many statements of one kind a speaker made. Since migration 0007 the graph keeps
// this count on write (a StatementCount node per speaker and kind), and the best hand-written
// query reads it, as ours does: counting the speaker's statements one by one grows with the
// speaker (347 ms p50 for the hot speaker at 1M statements before the counters).
OPTIONAL MATCH (c:StatementCount {key: 'speaker:' + $speakerId + ':' + $kind})
RETURN coalesce(c.count, 0) AS totalCount
