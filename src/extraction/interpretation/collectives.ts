import { hasOrganizationHead } from '../entities';
import { memoize } from '../entities/memoize';
import { lexiconTags } from '../text/lexicon';
import { isActorPhrase } from './actor-phrase';

/**
 * Plural nouns for people named by what they are, not who: a source headed by one of them
 * ("many Democrats", "Some experts", "voters") is a GROUP actor, never a person or an
 * organisation. "polls" is here too: "polls show …" speaks for the voters polled, and no
 * single poll is named.
 */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'voters', 'democrats', 'republicans', 'analysts', 'experts', 'officials', 'economists', 'pollsters', 'polls',
  'people', 'supporters', 'critics', 'aides', 'advisers', 'advisors', 'observers', 'lawmakers', 'legislators',
  'residents', 'members', 'leaders', 'activists', 'conservatives', 'liberals', 'progressives', 'women', 'men',
  'citizens', 'taxpayers', 'delegates', 'protesters', 'donors', 'strategists', 'operatives', 'insiders',
  'sources', 'scholars', 'scientists', 'researchers', 'historians', 'doctors', 'lawyers', 'voices', 'fans',
  'students', 'parents', 'workers', 'veterans', 'evangelicals', 'independents', 'millennials', 'listeners',
  'viewers', 'readers', 'respondents', 'participants', 'diplomats', 'soldiers', 'journalists', 'reporters',
  'commentators', 'pundits', 'consultants', 'staffers', 'allies', 'opponents', 'rivals', 'friends',
  'americans', 'african-americans', 'latinos', 'hispanics', 'immigrants', 'families', 'candidates',
]);

/** True for a plural noun of people ("voters", "Republicans", "Ukrainians"). */
export const isCollectiveNoun: (word: string) => boolean = memoize((word) => {
  const bare = word.replace(/['’]s?$/u, '');
  // Shouted ("EUROPEANS") reads as written in a sentence.
  const w = /^\p{Lu}{2,}$/u.test(bare) ? `${bare.slice(0, 1)}${bare.slice(1).toLowerCase()}` : bare;
  if (isListedCollectiveNoun(w)) return true;
  // Nationality and party plurals: "Ukrainians", "Russians", "Americans"; not a surname the
  // lexicon knows first as one person's name ("Evans", "Deans").
  return /^\p{Lu}\p{Ll}+(?:ians|ans)$/u.test(w) && lexiconTags(w)[0] !== 'NNP';
});

/** True for one of the plural nouns of people listed above, in any case ("Republicans", "voters"). */
export function isListedCollectiveNoun(word: string): boolean {
  return COLLECTIVE_NOUNS.has(word.toLowerCase());
}

/**
 * True for one lowercase word that is a plural common noun ("investors", "records"): the
 * lexicon's most frequent reading of it is NNS. As a source on its own it names a group. A
 * capitalised one may be a surname ("Woods", "Gates", "Sessions") and is left to the names.
 */
export const isPluralNoun: (word: string) => boolean = memoize((word) => {
  const w = word.trim();
  return /^\p{Ll}/u.test(w) && lexiconTags(w)[0] === 'NNS';
});

/**
 * The group a capitalised plural common noun names when it is capitalised only because it
 * opens its sentences ("Investors said …", "Prosecutors argued …"), in lowercase; else null. A
 * surname that is also a plural ("Woods", "Sessions") stands after a given name or inside a
 * sentence somewhere in the article, and stays a name.
 */
export function sentenceOpeningPlural(text: string, word: string): string | null {
  // "Others", "Hundreds" open sentences too, and name no one at all; "Authorities", "Troops"
  // are organisations, as they are in lowercase.
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(word) || !isActorPhrase(word) || hasOrganizationHead(word)) return null;
  const lower = word.toLowerCase();
  if (lexiconTags(lower.slice(lower.lastIndexOf('-') + 1))[0] !== 'NNS') return null;
  for (const m of text.matchAll(standalone(word, 'g'))) {
    if (!opensSentence(text, m.index ?? 0)) return null;
  }
  return lower;
}

/** True when only spaces and opening quotes stand between `at` and the text's or a sentence's start. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'(]/u.test(text[i] ?? '')) i -= 1;
  if (i >= 0 && /["”’)]/u.test(text[i] ?? '')) i -= 1;
  return i < 0 || /[.!?:;\n]/u.test(text[i] ?? '') || /\n/u.test(text.slice(i, at));
}

/** A family or a people by the plural of a name: "the Clintons", "The Saudis". */
const PLURAL_OF_NAME = /^(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(\p{Lu}\p{Ll}*(?!s)\p{Ll})s$/u;

/**
 * The group a phrase names by the plural of a name the article uses ("the Clintons" beside
 * Clinton, "The Saudis" beside Saudi Arabia), else null. A surname ending in s ("the Sanders")
 * has no such singular in the text, and a common plural ("the Times") is in the lexicon.
 */
export function familyByName(text: string, phrase: string): string | null {
  const m = PLURAL_OF_NAME.exec(phrase.trim());
  const stem = m?.[1];
  if (stem === undefined || lexiconTags(`${stem}s`.toLowerCase()).length > 0) return null;
  return standalone(stem).test(text) ? `${stem}s` : null;
}

/** The word as a whole word of a text, not part of another ("Clinton", not "Clintons"); letters only. */
function standalone(word: string, flags = ''): RegExp {
  return new RegExp(`(?<![\\p{L}'’-])${word}(?![\\p{L}'’-])`, `u${flags}`);
}
