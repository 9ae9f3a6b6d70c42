/**
 * Tokenization with character offsets. A hand-written regular-expression tokenizer rather than
 * wink-nlp or compromise: on the PolNeAR dev texts wink-nlp (tokens + POS + sentences) alone
 * runs at ~235 articles/s and compromise at ~15 articles/s, both below the 300 articles/s the
 * whole attribution stage must reach; this one runs at several thousand articles/s. The pattern
 * (TOKEN_PATTERN) defines the tokens; `tokenize` runs a hand-written scanner that matches exactly
 * the same (tested against `tokenizeWithPattern` on every PolNeAR text and on garbage), in about
 * half the time of running the Unicode-aware expression token by token.
 */

/** One token: its text and where it sits in the article (end exclusive). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Words keep inner apostrophes, hyphens and dots ("don't", "Russian-Belarusian", "U.S");
 * numbers keep inner separators ("23-24", "1,000", "3.5"); anything else is one character.
 */
const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’.\-‐,/][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** A possessive or clitic split off its word: "Putin's" → "Putin" + "'s", as the role tagger wants the owner alone. */
const CLITIC_PATTERN = /^(.+?)(['’](?:s|S|re|ve|ll|d|m))$/u;

/**
 * Abbreviations whose final period belongs to the word, so that "Mr. Smith" is not two
 * sentences. Single capital letters ("J. Edgar", "U.S.") are handled by pattern.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'atty', 'corp', 'inc', 'ltd', 'co', 'bros', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'vol',
  'mt', 'ft', 'ave', 'blvd', 'approx', 'dept', 'est', 'fig', 'sen', 'reps', 'sens', 'govs', 'ala', 'ariz',
  'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis',
  'wyo', 'a.m', 'p.m', 'e.g', 'i.e',
]);

/** True when a period directly after `word` is part of it ("Mr.", "U.S.", "p.m."). */
function takesPeriod(word: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "U.S", "D.C", "J" (an initial): letters separated by dots, or one capital letter.
  return /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;

const UNKNOWN = 0;
const WORD = 1;
const SPACE = 2;
const OTHER = 3;

/**
 * The class of each code point of the Basic Multilingual Plane, filled on first meeting it:
 * one array read per character instead of a Unicode-property test (news text meets curly quotes
 * and dashes on every line, and testing each one allocated a string).
 */
const bmpClass = new Uint8Array(0x10000);
/** Code points beyond the BMP (emoji, rare scripts), memoized while few. */
const astralClass = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

/** WORD for a letter, mark or number (`[\p{L}\p{M}\p{N}]`), SPACE for white space (`\s`), else OTHER. */
function classOf(cp: number): number {
  if (cp < 0x10000) {
    let k = bmpClass[cp] as number;
    if (k === UNKNOWN) {
      k = classify(cp);
      bmpClass[cp] = k;
    }
    return k;
  }
  let k = astralClass.get(cp);
  if (k === undefined) {
    k = classify(cp);
    if (astralClass.size < 10_000) astralClass.set(cp, k);
  }
  return k;
}

/** Whether code point `cp` is a letter, mark or number. */
function isWordCodePoint(cp: number): boolean {
  return classOf(cp) === WORD;
}

/** Inner separators a word keeps when a word character follows: ' ’ . - ‐ , / */
function isInnerSeparator(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 0x2010 || c === 44 || c === 47;
}

/** Code units taken by the code point at i. */
function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/**
 * The end of the TOKEN_PATTERN match starting at `i` (a non-space): a hand-written scanner that
 * matches exactly what the pattern matches (checked against it in tokenize.test.ts) at a
 * fraction of the cost of running the Unicode-aware regular expression per token.
 */
function matchEnd(text: string, i: number): number {
  const n = text.length;
  let cp = text.codePointAt(i) as number;
  if (!isWordCodePoint(cp)) return i + width(cp);
  let j = i + width(cp);
  for (;;) {
    while (j < n) {
      cp = text.codePointAt(j) as number;
      if (!isWordCodePoint(cp)) break;
      j += width(cp);
    }
    if (j + 1 < n && isInnerSeparator(text.charCodeAt(j))) {
      const next = text.codePointAt(j + 1) as number;
      if (isWordCodePoint(next)) {
        j += 1 + width(next);
        continue;
      }
    }
    return j;
  }
}

/** Splits text into word and punctuation tokens with their character offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    if (classOf(cp) === SPACE) {
      i += width(cp);
      continue;
    }
    const start = i;
    let end = matchEnd(text, i);
    let word = text.slice(start, end);
    if (word.length > 1) {
      if (text.charCodeAt(end) === 46 /* . */ && takesPeriod(word)) {
        word += '.';
        end += 1;
      }
      // Most words hold no apostrophe: skip the (backtracking) clitic pattern for them.
      const clitic = word.indexOf("'") >= 0 || word.indexOf('’') >= 0 ? CLITIC_PATTERN.exec(word) : null;
      if (clitic && clitic[1] && clitic[2]) {
        const cut = start + clitic[1].length;
        tokens.push({ text: clitic[1], start, end: cut });
        tokens.push({ text: clitic[2], start: cut, end });
        i = end;
        continue;
      }
    }
    tokens.push({ text: word, start, end });
    i = end;
  }
  return tokens;
}

/** The reference implementation (the regular expression itself), kept for the equivalence test. */
export function tokenizeWithPattern(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) {
    let word = m[0];
    const start = m.index;
    let end = start + word.length;
    if (word.length > 1) {
      if (text.charCodeAt(end) === 46 /* . */ && takesPeriod(word)) {
        word += '.';
        end += 1;
        TOKEN_PATTERN.lastIndex = end;
      }
      const clitic = CLITIC_PATTERN.exec(word);
      if (clitic && clitic[1] && clitic[2]) {
        const cut = start + clitic[1].length;
        tokens.push({ text: clitic[1], start, end: cut });
        tokens.push({ text: clitic[2], start: cut, end });
        continue;
      }
    }
    tokens.push({ text: word, start, end });
  }
  return tokens;
}
