// Statement.sourceSpan and Statement.cueSpan: ingest now writes where the article names a
// statement's source (sourceStart, sourceEnd) and its cue (cueStart, cueEnd) on the statement
// itself, so a statement list projects them with its other properties, and a source that names
// no actor ("a source said"), which has no MADE, keeps its span too.
// Older graphs had the source span only on MADE (automatic statements with a speaker); copying it
// is cheap and gives those statements their sourceSpan. The cue's position was never stored, so
// their cueSpan stays null until the article is ingested again. Only missing spans are written,
// so running this again changes nothing; in transactions of their own, as 0007's backfill.
MATCH (:Actor)-[m:MADE]->(s:Statement)
WHERE s.sourceStart IS NULL AND m.start IS NOT NULL AND m.end IS NOT NULL
CALL (s, m) {
  SET s.sourceStart = m.start, s.sourceEnd = m.end
} IN TRANSACTIONS OF 10000 ROWS;
