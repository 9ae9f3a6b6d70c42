import { firstNameGender, type Gender } from './given-names';

export type { Gender } from './given-names';
import { memoize } from './memoize';
import { ENGLISH_SHORT_FORMS, FEMALE_GIVEN_NAMES, GIVEN_NAME_VARIANTS, MALE_GIVEN_NAMES } from './name-variants';

/**
 * Folds romanisation noise out of one name word so that spellings of the same Cyrillic name
 * compare equal: "Zelenskyy"/"Zelenskiy"/"Zelensky", "Serhii"/"Serhiy", "Kharkiv"/"Harkiv".
 * Deliberately coarse: it is only ever compared word against word, never used for display.
 */
export const foldTransliteration: (word: string) => string = memoize(foldUncached);

function foldUncached(word: string): string {
  return (
    word
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      // "-iy", "-yy", "-ii", "-yi", "-ij" endings are one Cyrillic "-ий"/"-ій" (Serhiy/Serhii, Zelenskyy/Zelenskiy).
      .replace(/(?:iy|yy|ii|yi|ij|y)$/, 'y')
      // "kh"/"h": Kharkiv/Harkiv, Mykhailo/Mychailo.
      .replace(/kh/g, 'h')
      // "ia"/"ya", "iu"/"yu", "ie"/"ye": Tatiana/Tatyana, Iurii/Yurii, Yevhen/Ievhen.
      .replace(/i(?=[aeou])/g, 'y')
      // "x"/"ks": Aleksandr/Alexandr.
      .replace(/x/g, 'ks')
      // "ei"/"ey", "oi"/"oy": Sergei/Sergey, Shoigu/Shoygu.
      .replace(/([eo])i/g, '$1y')
      // "j" used for "y" (Jurij, Andrij).
      .replace(/j/g, 'y')
      // Doubled letters are noise (Zelenskyy after the ending rule, Savvchenko typos).
      .replace(/(.)\1+/g, '$1')
  );
}

/** Folded spelling → the id of its variant group (the group's first spelling, folded). */
const GIVEN_NAME_GROUP: ReadonlyMap<string, string> = (() => {
  const groups = new Map<string, string>();
  for (const group of GIVEN_NAME_VARIANTS) {
    const id = foldTransliteration(group[0] ?? '');
    for (const spelling of group) groups.set(foldTransliteration(spelling), id);
  }
  return groups;
})();

/**
 * Folded short form → its formal name, folded ("ed" → "edward"). Only keys use it; a short
 * form's gender is its own.
 */
const FORMAL_OF_SHORT_FORM: ReadonlyMap<string, string> = new Map(
  Object.entries(ENGLISH_SHORT_FORMS).flatMap(([name, shortForms]) => shortForms.map((short): [string, string] => [foldTransliteration(short), foldTransliteration(name)])),
);

/** Male given names that end in "-a" and would otherwise read as female. */
const MALE_A_ENDING: ReadonlySet<string> = new Set(['mykola', 'ilya', 'nikita', 'foma'].map(foldTransliteration));

const FEMALE_FOLDED: ReadonlySet<string> = new Set(FEMALE_GIVEN_NAMES.map(foldTransliteration));
const MALE_FOLDED: ReadonlySet<string> = new Set(MALE_GIVEN_NAMES.map(foldTransliteration));

/**
 * The comparison key of a given name: every transliteration variant of one name gets the same
 * key ("Oleksandr" and "Alexander" → one key), and so does an English short form and its formal
 * name ("Ed" and "Edward"); other names their folded spelling.
 */
export function givenNameKey(name: string): string {
  const folded = foldTransliteration(name);
  const formal = FORMAL_OF_SHORT_FORM.get(folded) ?? folded;
  return GIVEN_NAME_GROUP.get(formal) ?? formal;
}

/** True when the word is a given name we know (any variant, any gender). */
export function isKnownGivenName(word: string): boolean {
  const folded = foldTransliteration(word);
  return GIVEN_NAME_GROUP.has(folded) || FEMALE_FOLDED.has(folded) || MALE_FOLDED.has(folded);
}

/**
 * The gender a given name suggests, for resolving "she said" / "he said". Slavic given names
 * ending in "-a" are female (Olha, Iryna) except the few male ones in the table (Mykola, Ilya);
 * other names are looked up in the first-name table (`given-names.ts`).
 */
export function givenNameGender(word: string): Gender {
  const folded = foldTransliteration(word);
  if (FEMALE_FOLDED.has(folded)) return 'female';
  if (MALE_FOLDED.has(folded)) return 'male';
  if (GIVEN_NAME_GROUP.has(folded)) {
    const id = GIVEN_NAME_GROUP.get(folded) ?? '';
    const femaleGroup = GIVEN_NAME_VARIANTS.some(
      (group) => foldTransliteration(group[0] ?? '') === id && /a$/.test(foldTransliteration(group[0] ?? '')) && !MALE_A_ENDING.has(id),
    );
    return femaleGroup ? 'female' : 'male';
  }
  return firstNameGender(word);
}

