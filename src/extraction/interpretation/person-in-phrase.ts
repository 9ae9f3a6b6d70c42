import { firstNameGender, hasOrganizationHead, isGivenInitials, isKnownGivenName, isKnownOutlet, isPlace, isTableFirstName } from '../entities';
import { memoize } from '../entities/memoize';
import { lexiconTags } from '../text/lexicon';

/** Where a person's name sits in a source phrase, and what stands before it. */
export interface NameInPhrase {
  /** Offsets of the name inside the phrase. */
  start: number;
  end: number;
  /** The words before the name, tidied: "Republican presidential nominee", "longtime Democratic pollster". */
  descriptor: string | null;
}

/** A word of a name: "Charles", "B.", "O'Neill", "Holtz-Eakin", "Jr.", "II", or a particle. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|(?:\p{Lu}\.){2,3}|von|van|der|de|da|del|bin|al|la|le)$/u;
/** Titles written before a name: the name starts after the last of them. */
const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'president', 'vice', 'senator',
  'representative', 'governor', 'mayor', 'secretary', 'minister', 'judge', 'justice', 'chairman', 'chairwoman',
  'speaker', 'leader', 'former', 'professor', 'prof', 'ambassador', 'general', 'adm', 'admiral', 'rev', 'pastor',
]);

/** True for a title a name may follow: "Sen.", "Gov.", "Speaker", "secretary". */
export function isNameTitle(word: string): boolean {
  return TITLES.has(word.replace(/\.$/, '').toLowerCase());
}

/** Prepositions, conjunctions and verbs: words that link a name to something else in a phrase. */
const LINKING_TAG = /^(?:IN|TO|CC|VB[DGNPZ]?)$/;

/** A bracketed note after the name ("(R-Tex)", "(D-N.Y.)") and a home state ("of New York"). */
const TRAILER = /\s*(?:\([^)]*\)|\bof\s+(?:\p{Lu}[\p{L}.]*\s*){1,3})$/u;

/**
 * Finds a person's full name at the end of a source phrase, after whatever titles and
 * descriptions precede it: "Republican presidential nominee Donald Trump", "New Jersey Gov.
 * Chris Christie", "Representative Charles B. Rangel of New York", "Sen. Ted Cruz (R-Tex)",
 * "longtime Democratic pollster Pat Caddell", "Rep. G.K. Butterfield". The name starts at a first
 * name (the shipped variants, the first-name table, or initials) followed by at least one more name word; organisations,
 * places and outlets are never names. Null when there is none.
 */
export const personNameIn: (phrase: string) => NameInPhrase | null = memoize(personNameInUncached);

function personNameInUncached(phrase: string): NameInPhrase | null {
  let end = phrase.length;
  for (let m = TRAILER.exec(phrase.slice(0, end)); m !== null && m[0].length > 0; m = TRAILER.exec(phrase.slice(0, end))) end = m.index;
  const words: Array<{ word: string; start: number }> = [];
  for (const m of phrase.slice(0, end).matchAll(/\S+/g)) words.push({ word: m[0], start: m.index ?? 0 });
  let first = words.length;
  while (first > 0 && NAME_WORD.test(words[first - 1]?.word ?? '') && !isNameTitle(words[first - 1]?.word ?? '')) first -= 1;
  // After a title, the words that follow are the name even when the first is no listed first
  // name: "Nevada Sen. Harry Reid", "press secretary Josh Earnest" ("harry", "josh" are verbs too).
  // Not when a preposition or verb comes before: "Aides to Mr. Sanders" are not Sanders.
  // A lowercase noun before two or more name words is a title too when the first is some
  // people's first name: "radio host Hugh Hewitt" ("hugh" is an adjective in the lexicon), not
  // "activist group Mosul Eye".
  const before = words[first - 1]?.word ?? '';
  const titled =
    isNameTitle(before) ||
    (first <= words.length - 2 && /^\p{Ll}+$/u.test(before) && lexiconTags(before)[0] === 'NN' && firstNameGender(words[first]?.word ?? '') !== 'unknown');
  const afterTitle =
    first > 0 && first < words.length && titled && !words.slice(0, first - 1).some((w) => LINKING_TAG.test(lexiconTags(w.word.toLowerCase())[0] ?? ''));
  // A name has at most four words and no acronym in it: "Wells Fargo CEO John Stumpf" → John Stumpf.
  for (let i = first; i < words.length; i += 1) if (/^\p{Lu}{2,}$/u.test(words[i]?.word ?? '') && !/^(?:II|III|IV)$/.test(words[i]?.word ?? '')) first = i + 1;
  first = Math.max(first, words.length - 4);
  for (let i = first; i < words.length - 1 || (afterTitle && i === first); i += 1) {
    const given = words[i]?.word ?? '';
    if (!((afterTitle && i === first) || isKnownGivenName(given) || isTableFirstName(given) || isGivenInitials(given))) continue;
    const start = words[i]?.start ?? 0;
    const name = phrase.slice(start, end);
    if (hasOrganizationHead(name) || isPlace(name) || isKnownOutlet(name)) return null;
    const descriptor = phrase.slice(0, start).trim().replace(/^(?:the|a|an)\s+/i, '');
    return { start, end, descriptor: descriptor.length > 0 ? descriptor : null };
  }
  return null;
}
