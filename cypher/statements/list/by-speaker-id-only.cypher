// statements(filter: {speakerId}) and nothing else: a speaker's page, the commonest list there is.
// Every MADE holds its speaker's id and its statement's sort key as one string whose ascending
// order is the list's (src/model/statement-sort-key.ts); the range index on the two (migration
// 0011) is seeked from the cursor's key on and read in order, so a page reads limit + 1 index
// entries whether the speaker said three things or a tenth of the graph, and page 50 costs what
// page 1 does. $keyAfter is the cursor's key ('' on page 1), $keyBefore above every key.
MATCH ()-[m:MADE]->(s)
WHERE m.speakerId = $speakerId AND m.sortKey > $keyAfter AND m.sortKey < $keyBefore
WITH s, m ORDER BY m.speakerId, m.sortKey
LIMIT $limit
// #include fragments/statement-rows
