import { isQuoteMarkCode, withoutQuoteMarks } from '../text/quote-marks';

const WHITESPACE = /\s/;
/** Punctuation and whitespace trimmed from both ends (a final period too). */
const EDGE_PUNCTUATION = /^[,;:\s]+|[,;:.\s]+$/g;
const LEADING_EDGE = /^[,;:\s]/;
const TRAILING_EDGE = /[,;:.\s]$/;

/**
 * Two apostrophes for a quotation mark, as the New York Times archive writes them ("''We will
 * win,'' she said"). One apostrophe is the "don't" of a claim and stays.
 */
const DOUBLED_APOSTROPHES = /''/g;
const APOSTROPHE = 39;

const SPACE = 32;
const FIRST_NON_ASCII = 128;
/** Tab, line feed, vertical tab, form feed, carriage return. */
const FIRST_ASCII_CONTROL_SPACE = 9;
const LAST_ASCII_CONTROL_SPACE = 13;

/**
 * The displayed text of a claim: the statement's words with quote marks removed (a quoted part
 * is still the speaker's claim), a leading complementiser "that" dropped ("said that Ukraine
 * controls …" → "Ukraine controls …"), whitespace folded, trailing punctuation trimmed and the
 * first letter capitalised. Pronouns are left as written: resolving "he" inside a claim is
 * beyond what the text reliably supports.
 */
export function tidyClaimText(text: string): string {
  // Most contents are already plain (no quote marks, single spaces): one scan says so, and the
  // rewrites that would change nothing are skipped. Each step is the same rewrite either way.
  let tidy = isFolded(text) ? text : withoutQuoteMarks(text).replace(DOUBLED_APOSTROPHES, '').replace(/\s+/g, ' ').trim();
  tidy = tidy.replace(/^that\s+/i, '');
  if (LEADING_EDGE.test(tidy) || TRAILING_EDGE.test(tidy)) tidy = tidy.replace(EDGE_PUNCTUATION, '');
  return tidy.length === 0 ? tidy : tidy.charAt(0).toUpperCase() + tidy.slice(1);
}

/**
 * True when removing quote marks, folding whitespace and trimming would leave the text as it
 * is: no quote mark (nor two apostrophes for one), no whitespace but single spaces between words.
 */
function isFolded(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === SPACE) {
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === SPACE) return false;
    } else if (c < FIRST_NON_ASCII) {
      if (isQuoteMarkCode(c) || (c >= FIRST_ASCII_CONTROL_SPACE && c <= LAST_ASCII_CONTROL_SPACE)) return false;
      if (c === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE) return false;
    } else if (isQuoteMarkCode(c) || WHITESPACE.test(text.charAt(i))) return false;
  }
  return true;
}
