import { badInput } from '../../errors/app-error';
import { LIMITS } from '../../limits';

/** A text filter as the Cypher expects it: lower-cased, or null for "any". */
export function lowerOrNull(value: string | null | undefined, field: string): string | null {
  if (value == null || value.trim() === '') return null;
  if (value.length > LIMITS.MAX_SEARCH_LENGTH) throw badInput(field, `is longer than ${LIMITS.MAX_SEARCH_LENGTH} characters`);
  return value.trim().toLowerCase();
}

/** Dates are stored as ISO-8601 UTC strings, which sort and compare as text. */
export function isoOrNull(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}

/**
 * A user's search words as a Lucene query: only the words are kept (any of them may match,
 * best first), so operators, quotes or brackets in the input cannot change the query's meaning.
 */
export function luceneTerms(text: string): string {
  // Lower case: the analyzer folds case anyway, and AND, OR, NOT are operators only in capitals.
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 30).join(' ') : '""';
}

/** Lucene's English stop words: the analyzer drops them from the index, so no query finds them. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

/**
 * The full-text query whose hits include every quote containing `text` (lower-cased), or null
 * when no such query exists and the filter must be tested on every row instead. The first word
 * may be the tail of a longer word in the quote, so only later words are used: each of them
 * but the last is a whole word of the quote, the last may be the start of one (a prefix); stop
 * words are not in the index and are left out. Every kept word is required.
 */
export function quoteSearchTerms(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  // Only when the words are the whole text (apart from spaces) do they split the quote as Lucene does.
  if (words.length < 2 || words.join(' ') !== text.replace(/\s+/g, ' ').trim()) return null;
  const later = words.slice(1, 31);
  const clauses = later.flatMap((word, i) => {
    if (STOP_WORDS.has(word)) return [];
    return i === later.length - 1 ? [`+(${word} ${word}*)`] : [`+${word}`];
  });
  return clauses.length ? clauses.join(' ') : null;
}

/**
 * Full-text candidates for a name search: every word is required, whole (analysed, so
 * "Countering" finds "counter") or as a prefix ("pesk" finds "Peskov"); the caller then tests the
 * exact substring. Stop words are not in the index, so they are not required; a search of stop
 * words only asks for any of them, as prefixes.
 */
export function lucenePrefixTerms(text: string): string {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 30);
  if (words.length === 0) return '""';
  const required = words.filter((word) => !STOP_WORDS.has(word));
  return required.length ? required.map((word) => `+(${word} ${word}*)`).join(' ') : words.map((word) => `${word}*`).join(' ');
}
