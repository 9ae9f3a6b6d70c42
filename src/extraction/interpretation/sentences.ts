import type { Span } from '../types';

/** A sentence of the article: its span and the paragraph it belongs to. */
export interface Sentence extends Span {
  paragraph: number;
}

/**
 * Words after which a period does not end a sentence ("Mr. Peskov", "Sept. 11", "U.S. officials").
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sen', 'gov', 'rep', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'i.e', 'e.g', 'vs', 'no', 'inc', 'ltd', 'jr',
  'sr', 'prof', 'maj', 'capt', 'sgt', 'adm', 'corp', 'co', 'approx', 'etc',
]);

const OPENING_QUOTES = '“„«‹';
const CLOSING_QUOTES = '”»›';
const CLOSERS_AFTER_STOP = `"'’)]${CLOSING_QUOTES}`;
/** The same characters by code: the scan looks at every character of the article. */
const OPENING_QUOTE_CODES: ReadonlySet<number> = codesOf(OPENING_QUOTES);
const CLOSING_QUOTE_CODES: ReadonlySet<number> = codesOf(CLOSING_QUOTES);
const CLOSER_AFTER_STOP_CODES: ReadonlySet<number> = codesOf(CLOSERS_AFTER_STOP);

/**
 * Splits text into sentences with their offsets, from `from` on. A newline always ends a
 * sentence and starts a paragraph (headings such as "Details" stand on their own line). A
 * stop ends a sentence when followed by a capital, a digit, a quote or the end, unless it ends
 * an abbreviation or an initial, or falls inside a quotation still open in the paragraph (a
 * quote of several sentences is one unit). Linear in the text length.
 */
export function splitSentences(text: string, from = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = from;
  let inQuote = false;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s += 1;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e -= 1;
    if (e > s) sentences.push({ start: s, end: e, paragraph });
  };
  const length = text.length;
  for (let i = from; i < length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      push(i);
      start = i + 1;
      inQuote = false;
      if (sentences.length > 0 && sentences[sentences.length - 1]?.paragraph === paragraph) paragraph += 1;
      continue;
    }
    if (c === STRAIGHT_QUOTE) inQuote = !inQuote;
    else if (c > 127 && OPENING_QUOTE_CODES.has(c)) inQuote = true;
    else if (c > 127 && CLOSING_QUOTE_CODES.has(c)) inQuote = false;
    if (c !== PERIOD && c !== BANG && c !== QUESTION) continue;
    let j = i + 1;
    while (j < length && CLOSER_AFTER_STOP_CODES.has(text.charCodeAt(j))) {
      const closer = text.charCodeAt(j);
      if (closer === STRAIGHT_QUOTE || CLOSING_QUOTE_CODES.has(closer)) inQuote = false;
      j += 1;
    }
    if (inQuote) continue;
    if (c === PERIOD && endsAbbreviation(text, i)) continue;
    let k = j;
    while (k < length && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k += 1;
    const next = text[k];
    if (next === undefined || next === '\n' || (k > j && SENTENCE_OPENER.test(next))) {
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(length);
  return sentences;
}

const NEWLINE = 10;
const STRAIGHT_QUOTE = 34;
const PERIOD = 46;
const BANG = 33;
const QUESTION = 63;
const SPACE = 32;
const TAB = 9;
const SENTENCE_OPENER = /[\p{Lu}\p{N}"“„«‘(]/u;

function codesOf(chars: string): Set<number> {
  return new Set([...chars].map((ch) => ch.charCodeAt(0)));
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === NEWLINE || c === 13 || c === 160;
}

/** True when the period at `dot` ends an abbreviation or a one-letter initial ("J. Smith"). */
function endsAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isLetterOrPeriod(text.charCodeAt(s - 1), text[s - 1] ?? '')) s -= 1;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[s] ?? '')) return true;
  return ABBREVIATIONS.has(word);
}

/** `/[\p{L}.]/u` for one UTF-16 unit, without the regex for ASCII. */
function isLetterOrPeriod(code: number, char: string): boolean {
  if (code < 128) return code === PERIOD || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}.]/u.test(char);
}

/**
 * True when the sentence is a heading: alone in its paragraph, at most `maxWords` words and no
 * final punctuation ("Details", "Previously", "Addendum" in the reference article).
 */
export function isHeading(text: string, sentence: Span, sentencesInParagraph: number, maxWords: number): boolean {
  if (sentencesInParagraph !== 1) return false;
  const words = text.slice(sentence.start, sentence.end).split(/\s+/).length;
  return words <= maxWords && !/[.!?"”»:]$/.test(text.slice(sentence.start, sentence.end));
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s === undefined) return -1;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  // Between sentences (whitespace): the next sentence.
  return lo < sentences.length ? lo : -1;
}
