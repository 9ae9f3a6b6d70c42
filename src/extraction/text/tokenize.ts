/**
 * Tokenization with character offsets. A hand-written regular-expression tokenizer rather than
 * wink-nlp or compromise: on the PolNeAR dev texts wink-nlp (tokens + POS + sentences) alone
 * runs at ~235 articles/s and compromise at ~15 articles/s, both below the 300 articles/s the
 * whole attribution stage must reach; this one runs at several thousand articles/s.
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

/** Splits text into word and punctuation tokens with their character offsets. */
export function tokenize(text: string): Token[] {
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
