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

/**
 * Full-text candidates for a substring search: each word whole (analysed, so "Countering" finds
 * "counter") and as a prefix ("pesk" finds "Peskov"); the caller then tests the exact substring.
 */
export function lucenePrefixTerms(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 30).flatMap((word) => [word, `${word}*`]).join(' ') : '""';
}
