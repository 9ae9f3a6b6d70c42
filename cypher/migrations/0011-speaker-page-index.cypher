// A speaker's page by one index seek (issue 11, round four): every MADE relationship holds its
// speaker's id and its statement's sort key as one string whose ascending order is the list's
// (src/model/statement-sort-key.ts), and a range index on the two serves statements(filter:
// {speakerId}) in order from the cursor on: limit + 1 index entries whatever the speaker's degree
// and the graph's size. Before, a hot speaker's page scanned the statements' time index newest
// first and tested MADE on each row (~230 rows for 21 at 1M), a cold one sorted all of its own.
// On the relationship rather than the statement because a statement may have several speakers.
// Ingest, corrections and actor merges keep the two properties (cypher/ingest/create-statements,
// curation/set-speaker-sort-keys, curation/merge-actors).
//
// The backfill computes the key as statementSortKey does: `at` with each digit d turned into
// 9 - d (newest first in ascending order), the article id, the start padded to ten digits ('~'
// when there is none, last as null sorts; toInteger because ingest stores it as a float), the
// statement id, joined by spaces. Every MADE is
// SET, so running this again writes the same; in transactions of their own, as 0007's backfill.
// Written before the index exists, so the index is built once from what is there.
MATCH (sp:Actor)-[m:MADE]->(s:Statement)
CALL (sp, m, s) {
  SET m.speakerId = sp.id,
      m.sortKey = reduce(k = '', c IN split(s.at, '') | k + CASE WHEN c >= '0' AND c <= '9' THEN toString(9 - toInteger(c)) ELSE c END)
        + ' ' + s.articleId
        + ' ' + CASE WHEN s.start IS NULL THEN '~' ELSE right('0000000000' + toString(toInteger(s.start)), 10) END
        + ' ' + s.id
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX made_speaker_sort_key IF NOT EXISTS FOR ()-[m:MADE]-() ON (m.speakerId, m.sortKey);
