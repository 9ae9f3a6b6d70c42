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
