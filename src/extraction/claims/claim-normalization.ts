import { stemWord } from './stemming';

/** Articles carry no content: "a great threat" and "the great threat" are one claim. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** "don't", "isn’t" → "do not", "is not": the negation must survive as a word of its own. */
const NEGATED_CONTRACTION = /n['’]t\b/g;
/**
 * A possessive with a straight apostrophe goes ("Putin's" → "putin"). A curly "’s" is split
 * instead ("putin", "s"), as it always has been: the curly apostrophe is a quote mark to the
 * tokenizer, and changing that would move claim keys already in the graph.
 */
const STRAIGHT_POSSESSIVE = /'s\b/g;
/** A letter or a digit in any script, for the rare characters outside ASCII. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

const LOWER_A = 97;
const LOWER_Z = 122;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const FIRST_NON_ASCII = 128;

/**
 * Words of a claim: lowercase, quote marks and punctuation gone, hyphens and dashes split. A
 * word is a maximal run of letters and digits (any script); everything else separates.
 */
export function claimWords(text: string): string[] {
  let s = text.toLowerCase();
  // Each rewrite is skipped when the character it needs is absent: claims are tokenised for
  // every statement, and most have neither a contraction nor a possessive.
  if (s.includes("'") || s.includes('’')) s = s.replace(NEGATED_CONTRACTION, ' not');
  if (s.includes("'")) s = s.replace(STRAIGHT_POSSESSIVE, '');
  return lettersAndDigitRuns(s);
}

/**
 * The maximal runs of letters and digits of a lowercase string, by a scan over its characters:
 * the same words as `split(/[^\p{L}\p{N}]+/u)` without the empty ones, several times faster,
 * because nearly every character is ASCII and needs no Unicode property lookup.
 */
function lettersAndDigitRuns(s: string): string[] {
  const words: string[] = [];
  let start = -1;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let width = 1;
    let isWordChar: boolean;
    if (c < FIRST_NON_ASCII) isWordChar = (c >= LOWER_A && c <= LOWER_Z) || (c >= DIGIT_0 && c <= DIGIT_9);
    else {
      const codePoint = s.codePointAt(i) as number;
      width = codePoint > 0xffff ? 2 : 1;
      isWordChar = LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
    }
    if (isWordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(s.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) words.push(s.slice(start));
  return words;
}

/**
 * The comparison form of a claim: lowercase, no quote marks, punctuation or articles,
 * whitespace folded, each word lightly stemmed. "The deployment of “Russian equipment”." →
 * "deploy of russian equipment".
 */
export function normalizeClaimText(text: string): string {
  return claimWords(text)
    .filter((w) => !ARTICLES.has(w))
    .map(stemWord)
    .join(' ');
}
