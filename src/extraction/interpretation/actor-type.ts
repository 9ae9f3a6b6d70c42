import type { ActorType } from '../types';
import {
  hasOrganizationHead,
  isCollectiveOutletPhrase,
  isCountry,
  isGivenInitials,
  isKnownOrganization,
  isKnownOutlet,
  isOutletPhrase,
  isPlace,
} from '../entities';
import { memoize } from '../entities/memoize';
import { lexiconTags } from '../text/lexicon';
import { isCollectiveNoun, isPluralNoun } from './collectives';
import { isNameTitle } from './person-in-phrase';

/** Cues with which publishers, not speakers, pass news on: "UNN reports", "writes Meduza". */
export const REPORTING_CUES: ReadonlySet<string> = new Set([
  'reports', 'reported', 'report', 'writes', 'wrote', 'write', 'informs', 'informed', 'citing', 'cites', 'cited',
  'quoted', 'quotes', 'publishes', 'published',
]);

/** Lowercase nouns for unnamed people as sources: "a source said", "experts believe". */
const PERSON_NOUNS =
  /\b(?:source|sources|official|officials|expert|experts|analyst|analysts|spokesperson|spokesman|spokeswoman|diplomat|diplomats|witness|witnesses|resident|residents|soldier|soldiers|officer|officers|journalist|journalists|blogger|bloggers|lawmaker|lawmakers|politician|politicians|observer|observers)\b/i;

/** Generational suffixes after a name. */
const NAME_SUFFIX = /,?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$/u;

/** Words that may appear lowercase inside a person's name ("Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'de', 'da', 'del', 'bin', 'al', 'la', 'le']);

/** Tags of words that never stand inside a name: prepositions, determiners, particles, pronouns. */
const FUNCTION_TAG = /^(?:IN|DT|CC|TO|RP|PRP\$?|WDT|WP|WRB|EX)$/;

/** Nouns for a body of people as one: "the crowd", "the electorate", "the left". */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['crowd', 'audience', 'public', 'electorate', 'left', 'right', 'poor', 'rich']);

/**
 * True for a phrase naming people as a body: "Those voters" (a collective noun the nominal
 * pointed back with and found no group for), "those surveyed", "the crowd".
 */
function namesPeople(phrase: string): boolean {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (isCollectiveNoun(last)) return true;
  if (words.length === 2 && words[0] === 'those' && lexiconTags(last)[0] === 'VBN') return true;
  return words.length === 2 && words[0] === 'the' && PEOPLE_NOUNS.has(last);
}

/** Institutions named by one word, which speak as one: "Congress", "Senate", "Fed". */
const INSTITUTIONS: ReadonlySet<string> = new Set(['congress', 'senate', 'house', 'fed', 'census', 'treasury']);

/** A web address as a name: "Factcheck.org", "Outsports.com" are sites, not people. */
const WEB_ADDRESS = /\.(?:com|org|net|gov|edu|info|io|co)$/i;

/** How a named actor phrase is typed, and whether it names many publishers at once. */
export interface ActorClass {
  type: ActorType;
  collective: boolean;
}

/**
 * True when the phrase reads as a person's name: one to four capitalised words (particles
 * allowed), none of them an organisation head, not a place, an outlet or an acronym.
 */
export const looksLikePersonName: (phrase: string) => boolean = memoize(looksLikePersonNameUncached);

function looksLikePersonNameUncached(phrase: string): boolean {
  // A generational suffix is no word of the name: "Vann R. Newkirk II", "Joseph R. Biden Jr.".
  const words = phrase.trim().replace(/['’]s$/u, '').replace(NAME_SUFFIX, '').split(/\s+/);
  if (words.length === 0 || words.length > 4) return false;
  if (hasOrganizationHead(phrase) || isPlace(phrase) || isKnownOutlet(phrase) || isKnownOrganization(phrase)) return false;
  // One word that is an institution or a site is no one's name.
  if (words.length === 1 && (INSTITUTIONS.has(phrase.trim().toLowerCase()) || WEB_ADDRESS.test(phrase.trim()))) return false;
  // A title after other words, or a possessive, describes the person after it ("Nevada Sen.
  // Harry Reid", "Democracy Corps’ Stan Greenberg"): `personNameIn` finds the name there.
  // Titles in front are the name's own decoration ("Vice President Biden").
  const leadingTitles = words.findIndex((w) => !isNameTitle(w));
  if (words.some((w, i) => (i > leadingTitles && isNameTitle(w)) || (i < words.length - 1 && /['’]s?$/u.test(w)))) return false;
  // A headline's words in title case are no name: "Winner Opens Up About", "Clinton Is In Trouble".
  if (words.some((w, i) => i > 0 && !NAME_PARTICLES.has(w.toLowerCase()) && !w.endsWith('.') && FUNCTION_TAG.test(lexiconTags(w.toLowerCase())[0] ?? ''))) return false;
  return words.every(
    (w, i) =>
      NAME_PARTICLES.has(w) ||
      // "O'Neill", "McCain", "MacArthur", "DeSantis", "LaHood", "VanderSloot".
      /^(?:\p{Lu}['’]|Mc|Mac|De|Di|Du|La|Le|Vander|Van)?\p{Lu}[\p{Ll}'’.-]+(?:-\p{Lu}[\p{Ll}]+)?$/u.test(w) ||
      // Initials before the surname: "G.K. Butterfield", "Marc H. Morial".
      (i < words.length - 1 && /^(?:\p{Lu}\.){1,3}$/u.test(w) && (i > 0 || isGivenInitials(w))),
  );
}

/**
 * Types a named actor phrase: a shipped outlet or a news-organization pattern ("Yahoo News",
 * "the Russian media", collective) → OUTLET; a state, place or organisation head word →
 * ORGANIZATION; a person-like name → PERSON. A reporting cue never makes an outlet by itself:
 * "Clinton reports" and "On September 27 they reported" name no publisher.
 */
export function classifyActorPhrase(phrase: string, _cue: string | null): ActorClass {
  return classify(phrase);
}

const classify = memoize(classifyUncached);

function classifyUncached(phrase: string): ActorClass {
  if (isKnownOutlet(phrase)) return { type: 'OUTLET', collective: false };
  if (isCollectiveOutletPhrase(phrase)) return { type: 'OUTLET', collective: true };
  if (isOutletPhrase(phrase)) return { type: 'OUTLET', collective: false };
  if (isCountry(phrase) || isPlace(phrase) || isKnownOrganization(phrase) || hasOrganizationHead(phrase)) return { type: 'ORGANIZATION', collective: false };
  // A determiner names a thing or a people, never a person: "The Constitution", "The Swiss".
  if (looksLikePersonName(phrase) && !/^(?:the|this|that|these|those)\s/i.test(phrase.trim())) return { type: 'PERSON', collective: false };
  if (/^[\p{Lu}\d-]{2,}$/u.test(phrase.trim())) return { type: 'ORGANIZATION', collective: false };
  // "one of Mr. Obama's climate advisers" is one of them.
  if (isPluralNoun(phrase) || namesPeople(phrase)) return { type: /^(?:one|each) of\s/i.test(phrase.trim()) ? 'PERSON' : 'GROUP', collective: false };
  // "a Chinese official" is a person; "Indiana politicians", "officials involved" a group.
  const noun = PERSON_NOUNS.exec(phrase)?.[0];
  if (noun !== undefined) return { type: lexiconTags(noun.toLowerCase())[0] === 'NNS' ? 'GROUP' : 'PERSON', collective: false };
  return { type: 'ORGANIZATION', collective: false };
}
