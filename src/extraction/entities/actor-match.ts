import type { ActorType } from '../types';
import { memoize } from './memoize';
import { foldOrganizationSpelling } from './organization-words';
import { splitPersonName, surnameKey, type PersonName } from './person-name';
import { givenNameKey, isKnownGivenName } from './transliteration';

/** What `actorMatchScore` compares: an actor as extraction or the graph knows it. */
export interface ActorIdentity {
  name: string;
  aliases: readonly string[];
  type: ActorType;
}

/**
 * Score at or above which ingest merges an extracted actor into a graph actor. 0.85 admits the
 * same person in another romanisation (0.95: "Oleksandr Lukashenko" ~ "Alexander Lukashenko")
 * and the same organisation with reordered or abbreviated words (0.9: "Defense Ministry" ~
 * "Ministry of Defense"), and rejects a lone surname against a full name (0.5: only one
 * article's context can say that "Yusov" is Andriy Yusov) and two given names on one surname
 * (0.05: "Andriy Yusov" vs "Kirill Yusov").
 */
export const MERGE_THRESHOLD = 0.85;

/** Exact same name after normalisation. */
const SCORE_EXACT = 1;
/** Same person, given name and surname equal up to transliteration. */
const SCORE_TRANSLITERATED = 0.95;
/**
 * The same full name behind words that are no given name: "Democrat Hillary Clinton", "Rival
 * Hillary Clinton", "Clinton spokesman Nick Merrill" (a descriptor the extractor kept).
 */
const SCORE_DESCRIBED = 0.9;
/** Same organisation words in another order, or an acronym of the other. */
const SCORE_REORDERED = 0.9;
/** A lone surname (or lone given name) against a full name: a candidate, never a merge. */
const SCORE_PARTIAL_NAME = 0.5;
/** Same surname, different given names: two different people. */
const SCORE_DIFFERENT_GIVEN = 0.05;
/** A person is never an organisation; an outlet and an organisation may be mistyped. */
const TYPE_MISMATCH_FACTOR = 0.8;

/**
 * True for an actor named by a description only: an organisation or outlet with no proper name
 * in any of its spellings ("the company", "the poll", "the two"), or a person none of whose
 * spellings ends in a name ("a Chinese official", "the securities analyst"). What it refers to
 * is the business of its article, and two articles' "the company" or "Chinese official" are
 * seldom one: it joins no actor of another article. Groups ("voters", "Republicans") are
 * categories and do join.
 */
export function isDescriptionOnly(actor: ActorIdentity): boolean {
  const names = [actor.name, ...actor.aliases];
  if (actor.type === 'GROUP') return false;
  if (actor.type === 'PERSON') return names.every((name) => /(?:^|\s)\p{Ll}[\p{L}'’-]*$/u.test(name.trim()));
  return names.every((name) => !/\p{Lu}/u.test(name.replace(/^(?:the|a|an)\s+/i, '')));
}

/**
 * How likely two actors are the same, in [0,1], from their names and aliases (best pair wins).
 * Pure and symmetric; used by ingest to merge an article's actors into the graph against
 * candidates from a full-text index. Never merges two people on a shared surname alone.
 */
export function actorMatchScore(a: ActorIdentity, b: ActorIdentity): number {
  const aPerson = a.type === 'PERSON';
  const bPerson = b.type === 'PERSON';
  if (aPerson !== bPerson) return 0;
  const factor = a.type === b.type ? 1 : TYPE_MISMATCH_FACTOR;
  const namesA = [a.name, ...a.aliases];
  const namesB = [b.name, ...b.aliases];
  if (aPerson) return factor * bestPersonPair(namesA, namesB);
  let best = 0;
  for (const x of namesA) for (const y of namesB) best = Math.max(best, organizationNameScore(x, y));
  return factor * best;
}

function bestPersonPair(namesA: readonly string[], namesB: readonly string[]): number {
  // Full names decide first: two different full names on one surname stay apart even when one
  // of them was also written as a lone surname ("Yusov") somewhere.
  const fullA = namesA.filter(isFullName);
  const fullB = namesB.filter(isFullName);
  if (fullA.length > 0 && fullB.length > 0) {
    let best = 0;
    for (const x of fullA) for (const y of fullB) best = Math.max(best, personNameScore(x, y));
    return best;
  }
  let best = 0;
  for (const x of namesA) for (const y of namesB) best = Math.max(best, personNameScore(x, y));
  return best;
}

function isFullName(name: string): boolean {
  const parts = splitPersonName(name);
  return parts.given !== null && parts.surname !== null;
}

/** Compares two person names: given name and surname, each up to transliteration. */
export function personNameScore(x: string, y: string): number {
  const a = splitPersonName(x);
  const b = splitPersonName(y);
  if (a.words.length === 0 || b.words.length === 0) return 0;
  if (a.words.join(' ').toLowerCase() === b.words.join(' ').toLowerCase()) {
    return a.given !== null && a.surname !== null ? SCORE_EXACT : SCORE_PARTIAL_NAME;
  }
  if (isDescribedFullName(a, b) || isDescribedFullName(b, a)) return SCORE_DESCRIBED;
  const sameSurname = a.surname !== null && b.surname !== null && surnameKey(a.surname) === surnameKey(b.surname);
  const sameGiven = a.given !== null && b.given !== null && givenNameKey(a.given) === givenNameKey(b.given);
  if (a.surname !== null && b.surname !== null && !sameSurname) return 0;
  if (sameSurname && a.given !== null && b.given !== null) return sameGiven ? SCORE_TRANSLITERATED : SCORE_DIFFERENT_GIVEN;
  if (sameSurname || sameGiven) return SCORE_PARTIAL_NAME;
  return 0;
}

/**
 * `longer` is `name` with leading words in front, none of them a given name: "Rival Hillary
 * Clinton" is Hillary Clinton, but "John Paul Jones" is not "Paul Jones".
 */
function isDescribedFullName(longer: PersonName, name: PersonName): boolean {
  const extra = longer.words.length - name.words.length;
  if (name.given === null || name.surname === null || extra <= 0) return false;
  const tail = longer.words.slice(extra);
  if (!tail.every((w, i) => w.toLowerCase() === (name.words[i] ?? '').toLowerCase())) return false;
  return longer.words.slice(0, extra).every((w) => !isKnownGivenName(w));
}

/**
 * The comparison form of an organisation or outlet name: lowercase, no leading article, no
 * possessive, spelling variants folded ("The Defence Ministry's" → "defense ministry").
 */
export const organizationNameKey: (name: string) => string = memoize(organizationNameKeyUncached);

function organizationNameKeyUncached(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/^the\s+/, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .map(foldOrganizationSpelling)
    .join(' ');
}

/** Function words ignored when comparing organisation word sets ("Ministry of Defense"). */
const ORG_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'on', 'at', 'in']);

/** An organisation name taken apart once for pairwise comparison. */
export interface OrganizationName {
  /** `organizationNameKey`. */
  key: string;
  /** The key's words without function words, in order (repeats kept). */
  words: readonly string[];
  wordSet: ReadonlySet<string>;
  /** First letters of `words`: what an acronym of the name spells. */
  initials: string;
}

/**
 * Memoised: within an article every organisation is compared with every other, and across
 * articles the same ministries and outlets recur.
 */
export const organizationName: (name: string) => OrganizationName = memoize((name) => {
  const key = organizationNameKey(name);
  const words = key.split(' ').filter((w) => !ORG_FUNCTION_WORDS.has(w));
  return { key, words, wordSet: new Set(words), initials: words.map((w) => w[0]).join('') };
});

/** Compares two organisation/outlet names: exact, same words reordered, or acronym. */
export function organizationNameScore(x: string, y: string): number {
  return preparedOrganizationNameScore(organizationName(x), organizationName(y));
}

/** `organizationNameScore` over names already taken apart by `organizationName`. */
export function preparedOrganizationNameScore(a: OrganizationName, b: OrganizationName): number {
  if (a.key.length === 0 || b.key.length === 0) return 0;
  if (a.key === b.key) return SCORE_EXACT;
  if (a.words.length > 0 && sameSet(a.wordSet, b.wordSet)) return SCORE_REORDERED;
  if (isAcronymOf(a.key, b) || isAcronymOf(b.key, a)) return SCORE_REORDERED;
  // Otherwise a partial word overlap: "the Russian media" vs "Russian state media". Scaled so
  // that it never reaches the merge threshold on its own.
  const shared = a.words.filter((w) => b.wordSet.has(w)).length;
  return (0.7 * (2 * shared)) / (a.words.length + b.words.length);
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

/** "nsdc" is the acronym of "national security defense council" (function words skipped). */
function isAcronymOf(key: string, name: OrganizationName): boolean {
  if (key.includes(' ') || key.length < 2 || name.words.length < 2) return false;
  return name.initials === key;
}

/**
 * Confidence of joining a lone surname ("Clinton") to the one person in the graph who bears it:
 * below every name match (an article that never gives the full name leaves room for doubt), and
 * recorded on the join so that a curator can find and review such joins.
 */
export const SURNAME_JOIN_CONFIDENCE = 0.7;

/**
 * The surname key of a person known only by a surname: every spelling is one word that is no
 * known given name ("Clinton", "Mrs. Clinton"). Null for anyone with a full name, for a lone
 * given name ("Hillary": which Hillary?) and for organisations.
 */
export function loneSurnameKey(actor: ActorIdentity): string | null {
  if (actor.type !== 'PERSON') return null;
  let key: string | null = null;
  for (const name of [actor.name, ...actor.aliases]) {
    const parts = splitPersonName(name);
    if (parts.words.length === 0) continue;
    if (parts.given !== null || parts.surname === null) return null;
    const surname = surnameKey(parts.surname);
    if (key !== null && key !== surname) return null;
    key = surname;
  }
  return key;
}

/**
 * The one person a lone surname can only mean across articles, or null. Plausible bearers are
 * the persons with a full name on that surname ("Hillary Clinton"); when there is exactly one
 * the surname joins it, when there are two or more ("Hillary Clinton", "Bill Clinton") it joins
 * none. Only when no full name bears it does a person known by that surname alone count, so that
 * repeated "Clinton"s before any full name is seen make one person, not one per article.
 */
export function soleSurnameBearer<T extends ActorIdentity>(actor: ActorIdentity, candidates: readonly T[]): T | null {
  const key = loneSurnameKey(actor);
  if (key === null) return null;
  const persons = candidates.filter((c) => c.type === 'PERSON');
  const fullNamed = persons.filter((c) => [c.name, ...c.aliases].some((n) => fullNameSurnameKey(n) === key));
  if (fullNamed.length > 0) return oneBearer(fullNamed);
  const surnameOnly = persons.filter((c) => loneSurnameKey(c) === key);
  return surnameOnly.length === 1 ? (surnameOnly[0] as T) : null;
}

/**
 * The bearer when the candidates are all one person under several graph nodes ("Hillary
 * Clinton" and an earlier "Rival Hillary Clinton"): the one with the shortest name, the
 * likeliest to be the name itself. Two different full names ("Bill Clinton") make it null.
 */
function oneBearer<T extends ActorIdentity>(bearers: readonly T[]): T | null {
  const [first, ...rest] = [...bearers].sort((a, b) => a.name.length - b.name.length);
  if (!first) return null;
  return rest.every((other) => actorMatchScore(first, other) >= MERGE_THRESHOLD) ? first : null;
}

function fullNameSurnameKey(name: string): string | null {
  const parts = splitPersonName(name);
  return parts.given !== null && parts.surname !== null ? surnameKey(parts.surname) : null;
}
