import { getGender } from 'gender-detection-from-name';
import { lexiconEntry } from '../text/lexicon';
import { memoize } from './memoize';

/** A person's grammatical gender as a pronoun would show it; unknown when a name does not tell. */
export type Gender = 'female' | 'male' | 'unknown';

/**
 * Tags that a common English word leads with when it is not a name: "Many", "Young", "Will",
 * "The" are in the first-name table (someone somewhere is called that) but start sentences and
 * phrases far more often than they start names. A word whose lowercase form is mostly a noun
 * ("Mark", "Bill", "Donna") or a verb's base form ("Harry", "Josh", "Bob", "Rick") is still
 * taken as a name: as a capitalised first word before another capitalised word it nearly
 * always is one. (In the PolNeAR train texts every such word of the table was a given name.)
 */
const NOUN_TAG = /^(?:NN|NNS|NNP|NNPS|VB)(?:\||$)/;

/**
 * The gender of an English or European first name, from gender-detection-from-name (about
 * 32,000 English first names from birth records, plus Italian, Spanish, French, German and
 * Turkish tables): "Hillary", "Chelsea", "Connie" → female; "Mitt", "Ted" → male. The table
 * also holds surnames that are sometimes first names ("Clinton", "Cruz"), so it is only ever
 * asked about the first word of a name of two or more words.
 */
export const firstNameGender: (word: string) => Gender = memoize((word) => {
  const g = getGender(word.replace(/[.’']+$/u, ''), 'en');
  return g === 'male' || g === 'female' ? g : 'unknown';
});

/** True when the word is a first name in the table and not mainly a common English word. */
export const isTableFirstName: (word: string) => boolean = memoize((word) => {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || firstNameGender(word) === 'unknown') return false;
  const tags = lexiconEntry(word.toLowerCase());
  return tags === undefined || NOUN_TAG.test(tags);
});

/** Abbreviations of places and bodies written like initials: "U.S. Army" is no person. */
const PLACE_INITIALS: ReadonlySet<string> = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'N.Y.', 'L.A.', 'N.J.', 'S.C.', 'N.C.', 'U.S.A.']);

/**
 * True for initials standing for a given name: "G.K." (G.K. Butterfield), "J." — not "U.S.".
 * Only ever asked about the first word of a name of two or more words.
 */
export function isGivenInitials(word: string): boolean {
  return /^(?:\p{Lu}\.){1,2}$/u.test(word) && !PLACE_INITIALS.has(word);
}
