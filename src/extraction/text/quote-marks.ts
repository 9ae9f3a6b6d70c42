/**
 * The quotation marks every stage reads, defined once: straight ("), curly (“ ”), low-9 („),
 * reversed-9 (‟) and guillemets (« » ‹ ›). Single curly quotes are left out on purpose: ’ is
 * the apostrophe of "Clinton’s" in most of the news we ingest.
 */

/** Every quotation mark. */
export const QUOTE_MARKS = '"“”„‟«»‹›';
/** Marks that only open a quotation (the straight quote does both). */
export const OPENING_MARKS = '“„‟«‹';
/** Marks that only close one. */
export const CLOSING_MARKS = '”»›';

const STRAIGHT = 34;
const FIRST_NON_ASCII = 128;
const QUOTE_CODES: ReadonlySet<number> = codesOf(QUOTE_MARKS);
const OPENING_CODES: ReadonlySet<number> = codesOf(OPENING_MARKS);
const CLOSING_CODES: ReadonlySet<number> = codesOf(CLOSING_MARKS);

function codesOf(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** True for any quotation mark's UTF-16 code (hot loops scan every character with these). */
export function isQuoteMarkCode(code: number): boolean {
  return code === STRAIGHT || (code >= FIRST_NON_ASCII && QUOTE_CODES.has(code));
}

/** True for a mark that only opens ("“"). */
export function isOpeningMarkCode(code: number): boolean {
  return code >= FIRST_NON_ASCII && OPENING_CODES.has(code);
}

/** True for a mark that only closes ("”"). */
export function isClosingMarkCode(code: number): boolean {
  return code >= FIRST_NON_ASCII && CLOSING_CODES.has(code);
}

/** True when the string holds a quotation mark. */
export function hasQuoteMark(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) if (isQuoteMarkCode(s.charCodeAt(i))) return true;
  return false;
}

/** How many quotation marks the string holds. */
export function countQuoteMarks(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i += 1) if (isQuoteMarkCode(s.charCodeAt(i))) count += 1;
  return count;
}

/** Removes every quotation mark. */
export function withoutQuoteMarks(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 1) if (!isQuoteMarkCode(s.charCodeAt(i))) out += s.charAt(i);
  return out;
}
