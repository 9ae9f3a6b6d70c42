import { memoize } from '../entities/memoize';
import { lexiconTags } from '../text/lexicon';

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
  const w = word.replace(/['’]s?$/u, '');
  if (COLLECTIVE_NOUNS.has(w.toLowerCase())) return true;
  // Nationality and party plurals: "Ukrainians", "Russians", "Americans".
  return /^\p{Lu}\p{Ll}+(?:ians|ans)$/u.test(w);
});

/**
 * True for one lowercase word that is a plural common noun ("investors", "records"): the
 * lexicon's most frequent reading of it is NNS. As a source on its own it names a group. A
 * capitalised one may be a surname ("Woods", "Gates", "Sessions") and is left to the names.
 */
export const isPluralNoun: (word: string) => boolean = memoize((word) => {
  const w = word.trim();
  return /^\p{Ll}/u.test(w) && lexiconTags(w)[0] === 'NNS';
});
