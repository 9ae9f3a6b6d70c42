import type { ActorType } from '../types';
import {
  hasOrganizationHead,
  isCollectiveOutletPhrase,
  isCountry,
  isKnownGivenName,
  isKnownOutlet,
  isOutletPhrase,
  isPlace,
  knownPersonName,
} from '../entities';
import { memoize } from '../entities/memoize';

/** Cues with which publishers, not speakers, pass news on: "UNN reports", "writes Meduza". */
export const REPORTING_CUES: ReadonlySet<string> = new Set([
  'reports', 'reported', 'report', 'writes', 'wrote', 'write', 'informs', 'informed', 'citing', 'cites', 'cited',
  'quoted', 'quotes', 'publishes', 'published',
]);

/** Lowercase nouns for unnamed people as sources: "a source said", "experts believe". */
const PERSON_NOUNS =
  /\b(?:source|sources|official|officials|expert|experts|analyst|analysts|spokesperson|spokesman|spokeswoman|diplomat|diplomats|witness|witnesses|resident|residents|soldier|soldiers|officer|officers|journalist|journalists|blogger|bloggers|lawmaker|lawmakers|politician|politicians|observer|observers)\b/i;

/** Words that may appear lowercase inside a person's name ("Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'de', 'da', 'del', 'bin', 'al', 'la', 'le']);

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
  const words = phrase.trim().replace(/['’]s$/u, '').split(/\s+/);
  if (words.length === 0 || words.length > 4) return false;
  if (hasOrganizationHead(phrase) || isPlace(phrase) || isKnownOutlet(phrase)) return false;
  return words.every((w) => NAME_PARTICLES.has(w) || /^\p{Lu}[\p{Ll}'’.-]+(?:-\p{Lu}[\p{Ll}]+)?$/u.test(w));
}

/**
 * Types a named actor phrase: a shipped outlet or an outlet head word ("the Russian media",
 * collective) → OUTLET; a state, place or organisation head word → ORGANIZATION; a person-like
 * name → PERSON, unless an unknown name "reports" (then it is a publisher: "Meduza reports");
 * an acronym → OUTLET after a reporting cue, else ORGANIZATION.
 */
export function classifyActorPhrase(phrase: string, cue: string | null): ActorClass {
  const reporting = cue !== null && REPORTING_CUES.has(cue.trim().toLowerCase());
  return reporting ? classifyReported(phrase) : classifyPlain(phrase);
}

const classifyReported = memoize((phrase: string) => classifyUncached(phrase, true));
const classifyPlain = memoize((phrase: string) => classifyUncached(phrase, false));

function classifyUncached(phrase: string, reporting: boolean): ActorClass {
  if (isKnownOutlet(phrase)) return { type: 'OUTLET', collective: false };
  if (isCollectiveOutletPhrase(phrase)) return { type: 'OUTLET', collective: true };
  if (isOutletPhrase(phrase)) return { type: 'OUTLET', collective: false };
  if (isCountry(phrase) || isPlace(phrase) || hasOrganizationHead(phrase)) return { type: 'ORGANIZATION', collective: false };
  if (looksLikePersonName(phrase)) {
    const first = phrase.trim().split(/\s+/)[0] ?? '';
    const known = isKnownGivenName(first) || knownPersonName(phrase) !== null;
    return { type: reporting && !known ? 'OUTLET' : 'PERSON', collective: false };
  }
  if (/^[\p{Lu}\d-]{2,}$/u.test(phrase.trim())) return { type: reporting ? 'OUTLET' : 'ORGANIZATION', collective: false };
  if (PERSON_NOUNS.test(phrase)) return { type: 'PERSON', collective: false };
  return { type: reporting ? 'OUTLET' : 'ORGANIZATION', collective: false };
}
