import { FORMAL_GIVEN_NAMES, KNOWN_PEOPLE } from './known-people';
import { memoize } from './memoize';
import { foldTransliteration, givenNameKey, isKnownGivenName } from './transliteration';

/** A person's name split for comparison. Either part may be missing ("Peskov", "Vladimir"). */
export interface PersonName {
  given: string | null;
  surname: string | null;
  /** Every word of the name, display spelling. */
  words: string[];
}

/**
 * Titles and descriptors that precede a name and are not part of it: "President Alexander
 * Lukashenko", "Russian dictator Vladimir", "Mr. Peskov". Stripped before a name is compared.
 */
const NAME_PREFIX =
  /^(?:(?:the|a|an|mr\.?|mrs\.?|ms\.?|dr\.?|rev\.?|reverend|sens?\.?|reps?\.?|representative|vice president|former|president|prime minister|minister|foreign minister|defense minister|dictator|self-proclaimed president|russian|ukrainian|belarusian|general|gen\.?|admiral|adm\.?|colonel|col\.?|lt\.?|maj\.?|capt\.?|sgt\.?|cmdr\.?|spokesman|spokeswoman|spokesperson|deputy|senator|sen\.?|governor|gov\.?|mayor|chancellor|secretary|lieutenant|major|captain|sergeant|commander|chairman|chairwoman|chief|justice|speaker|ambassador|patriarch|metropolitan|leader|pastor|judge|professor|prof\.?)\s+)+/i;

/**
 * Military and judicial ranks written before a name, each by one spelling: "Adm." and
 * "Admiral" are one rank. Few well-known politicians hold one, so a ranked name in an article is
 * that article's own person.
 */
const RANKS: Readonly<Record<string, string>> = {
  adm: 'adm', admiral: 'adm', gen: 'gen', general: 'gen', col: 'col', colonel: 'col', lt: 'lt', lieutenant: 'lt',
  maj: 'maj', major: 'maj', capt: 'capt', captain: 'capt', sgt: 'sgt', sergeant: 'sgt', cmdr: 'cmdr', commander: 'cmdr',
  justice: 'justice', judge: 'judge',
};

/** The rank a word names ("Adm.", "Admiral" → adm; "Justice"), or null. */
export function rankOf(word: string): string | null {
  const key = word.replace(/\.$/, '').toLowerCase();
  return Object.hasOwn(RANKS, key) ? (RANKS[key] ?? null) : null;
}

/**
 * Removes leading titles, a possessive "'s" and surrounding punctuation from a name. Memoised:
 * every capitalised run of an article passes through here, and the same names recur.
 */
export const stripNameDecorations: (name: string) => string = memoize(stripNameDecorationsUncached);

function stripNameDecorationsUncached(name: string): string {
  return name
    .trim()
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '')
    .replace(NAME_PREFIX, '')
    .replace(NAME_SUFFIX, '')
    .trim();
}

/** Generational suffixes, not part of the surname: "Joseph R. Biden Jr.", "Vann R. Newkirk II". */
const NAME_SUFFIX = /,?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$/;

const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'da', 'del', 'di', 'la', 'le', 'al', 'bin']);

/**
 * Splits a person's name into given name and surname. One word is a given name when it is a
 * known given name ("Vladimir"), otherwise a surname ("Peskov"). With several words the first is
 * the given name and the last the surname ("Recep Tayyip Erdogan" → Recep / Erdogan).
 */
export const splitPersonName: (name: string) => PersonName = memoize(splitUncached);

function splitUncached(name: string): PersonName {
  const words = stripNameDecorations(name).split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return { given: null, surname: null, words };
  if (words.length === 1) {
    const only = words[0] ?? '';
    return isKnownGivenName(only) ? { given: only, surname: null, words } : { given: null, surname: only, words };
  }
  // "De Blasio", "Van Hollen": a particle starts a surname, not a given name. Capitalised "Al"
  // is the given name of Al Sharpton, Al Gore, Al Franken; the article is written "al-".
  const first = words[0] ?? '';
  if (SURNAME_PARTICLES.has(first.toLowerCase()) && first !== 'Al') return { given: null, surname: words[words.length - 1] ?? null, words };
  return { given: words[0] ?? null, surname: words[words.length - 1] ?? null, words };
}

/** The comparison key of a surname: transliteration noise folded ("Zelenskyy" = "Zelensky"). */
export function surnameKey(surname: string): string {
  return foldTransliteration(surname);
}

interface KnownPerson {
  name: string;
  /** Lowercase formal given names of a listed short one ("joseph" for Joe Biden). */
  formal: readonly string[];
  givenKey: string;
  surnameKey: string;
}

/**
 * The well-known person a lone surname means when the article itself names no one with it:
 * the first listed bearer ("Clinton" → Hillary Clinton, "Obama" → Barack Obama), or null. A
 * guess from the domain, not from the article: callers give it a lower confidence.
 */
export const defaultBearer: (surname: string) => string | null = memoize((surname) => {
  const key = surnameKey(stripNameDecorations(surname));
  return KNOWN.find((k) => k.surnameKey === key)?.name ?? null;
});

const KNOWN: readonly KnownPerson[] = KNOWN_PEOPLE.map((name) => {
  const parts = splitPersonName(name);
  return { name, formal: (FORMAL_GIVEN_NAMES[name] ?? []).map((g) => g.toLowerCase()), givenKey: givenNameKey(parts.given ?? ''), surnameKey: surnameKey(parts.surname ?? '') };
});

/**
 * The shipped canonical name of a well-known person this name can only mean: a full name with
 * the same given name and surname (any spelling), or a lone surname that exactly one known
 * person has ("Putin" → "Vladimir Putin"). A lone given name never matches: "Vladimir" alone
 * could be anyone, and joins a person only through other mentions in the same article.
 */
export const knownPersonName: (name: string) => string | null = memoize(knownPersonNameUncached);

function knownPersonNameUncached(name: string): string | null {
  const parts = splitPersonName(name);
  if (parts.surname === null) return null;
  const sKey = surnameKey(parts.surname);
  const candidates = KNOWN.filter((k) => k.surnameKey === sKey);
  if (parts.given === null) return candidates.length === 1 ? (candidates[0]?.name ?? null) : null;
  const gKey = givenNameKey(parts.given);
  // A known person's short given name is the long one cut short: "Joseph R. Biden" is Joe Biden.
  // The formal given name of a known person is the same person: "Joseph R. Biden" is Joe Biden.
  const given = parts.given.toLowerCase();
  return (candidates.find((k) => k.givenKey === gKey) ?? candidates.find((k) => k.formal.includes(given)))?.name ?? null;
}
