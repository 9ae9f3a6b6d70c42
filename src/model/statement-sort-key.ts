import type { StatementSortKey } from './page-window';

/**
 * A statement's sort key as one string whose ascending order is the statements' list order
 * (`at` newest first, then article, then reading order, then id). Every `MADE` relationship
 * holds it (`sortKey`, beside `speakerId`), and the range index on the two lets a speaker's page
 * seek to its cursor and read its rows in order: limit + 1 index entries whatever the speaker's
 * degree (cypher/migrations/0011-speaker-page-index.cypher).
 *
 * One string rather than four indexed properties because the order mixes directions (`at`
 * descending, the rest ascending) and an index is read in one direction only; `at` is turned
 * around by mapping each digit d to 9 − d, which reverses the order of ISO times of one format
 * (all of ours are `Date.toISOString()`'s). The parts are joined by a space, below every
 * character of an id, so a shorter id sorts before a longer one it begins, as in Cypher.
 *
 * The migration's backfill computes the same string in Cypher: the unit test pins the format
 * with an example, and test/integration/db/speaker-page-index.test.ts compares what each wrote.
 */
export function statementSortKey(key: StatementSortKey | { at: string; articleId: string; start: number | null; id: string }): string {
  return `${invertDigits(key.at)} ${key.articleId} ${paddedStart(key.start)} ${key.id}`;
}

/**
 * The sort-key bounds of a speaker's page: rows strictly after the cursor (`after`, or '' from
 * the start) and, with a time window, only those whose `at` lies in [from, to). A bound of a time
 * in another format than ours is left open (the query's own tests of `at` still apply), so a bound
 * never drops a row those tests keep.
 */
export function statementSortKeyBounds(
  after: StatementSortKey | null,
  from: string | null,
  to: string | null,
): { keyAfter: string; keyBefore: string } {
  const cursor = after ? statementSortKey(after) : '';
  // Every key of a time t begins invert(t) + ' ', so invert(t) + END passes all of them.
  const untilTo = to !== null && ISO_TIME.test(to) ? invertDigits(to) + END : '';
  return {
    keyAfter: cursor > untilTo ? cursor : untilTo,
    keyBefore: from !== null && ISO_TIME.test(from) ? invertDigits(from) + END : END,
  };
}

/** Above every character a key holds. */
const END = '\uffff';
/** `Date.toISOString()` of the years 0–9999, the one format `at` is stored in. */
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function invertDigits(time: string): string {
  return time.replace(/\d/g, (d) => String(9 - Number(d)));
}

/** Ten digits hold any offset of an article (at most MAX_ARTICLE_BYTES); a statement with no start sorts last, as null does. */
function paddedStart(start: number | null): string {
  return start === null || start === undefined ? '~' : String(start).padStart(10, '0');
}
