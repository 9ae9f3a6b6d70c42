import { createHash } from 'node:crypto';
import { actorMatchScore, isDescriptionOnly, loneSurnameKey, MERGE_THRESHOLD, organizationName, soleSurnameBearer, SURNAME_JOIN_CONFIDENCE, type OrganizationName } from '../extraction/entities/actor-match';
import { givenNameKey, isKnownGivenName } from '../extraction/entities/transliteration';
import { splitPersonName, surnameKey } from '../extraction/entities/person-name';
import type { ExtractedActor } from '../extraction/types';
import { normalizeName } from './normalize';

export interface ActorCandidate {
  id: string;
  name: string;
  aliases: string[];
  type: ExtractedActor['type'];
  normalizedNames: string[];
}

export interface ActorMatch {
  id: string;
  confidence: number;
  /** How the names matched: `name` (the same name, any spelling) or `surname` (a lone surname, its only bearer). */
  by: 'name' | 'surname';
}

/**
 * Picks the existing actor an article's actor is, if any, by the extraction stage's name
 * matcher: transliterations and reordered organisation names match, two given names on one
 * surname never do. A lone surname joins a person only when the graph holds exactly one
 * plausible bearer of it, and then with a lower confidence (`soleSurnameBearer`).
 */
export function chooseExistingActor(actor: ExtractedActor, candidates: ActorCandidate[]): ActorMatch | null {
  if (isDescriptionOnly(actor)) return null;
  const named = candidates.filter((candidate) => !isDescriptionOnly(candidate));
  let best: ActorMatch | null = null;
  for (const candidate of named) {
    const score = actorMatchScore(actor, candidate);
    if (score >= MERGE_THRESHOLD && (!best || score > best.confidence)) best = { id: candidate.id, confidence: score, by: 'name' };
  }
  if (best) return best;
  const bearer = soleSurnameBearer(actor, named);
  return bearer ? { id: bearer.id, confidence: SURNAME_JOIN_CONFIDENCE, by: 'surname' } : null;
}

/**
 * The identity keys under which two ingests could take this actor for the same one: a person's
 * surname (full names, transliterations and lone surnames of one person all share it), an
 * organisation's words in any order and its initials (so "NSDC" meets "National Security and
 * Defense Council"). Ingest locks them before it looks for candidates; keys that are too coarse
 * only make two ingests wait for each other, never merge anything.
 *
 * They are an exact cover of `chooseExistingActor`, in both directions: an actor named by a
 * description only joins nothing and has none; two persons it can join share a surname key
 * (an exact, described or transliterated full name has the same last word; a lone surname's
 * bearers carry it), two organisations a word set (exact or reordered names) or one's initials
 * as the other's one word (an acronym). A name of function words only ("The Of") has no word
 * set, so its whole key stands in for it. Test: test/unit/ingest/resolve-actors.test.ts.
 */
export function actorLockKeys(actor: NamedActor): string[] {
  return nameKeys(actor, { fullNames: false, initials: 'org' });
}

/**
 * The keys an actor is stored under (`ActorKey` nodes, migrations 0012 and 0014): a person's
 * surname, where a lone surname finds all its bearers, and each full name's given name and
 * surname, where another full name finds it without reading every bearer of the surname; an
 * organisation's word set, and its initials apart, where only a one-word name (an acronym)
 * looks. Test: test/unit/ingest/actor-identity-keys.test.ts.
 */
export function actorIdentityKeys(actor: NamedActor): string[] {
  return nameKeys(actor, { fullNames: true, initials: 'org-initials' }).map(indexable);
}

/**
 * The keys of an actor's spellings, locked or stored: each person's surname (with
 * `fullNames`, each full name's too), each organisation's word set and its initials under
 * `initials`. "the company" joins nothing, so it needs no key: keyed, every article's would be
 * read back.
 */
function nameKeys(actor: NamedActor, { fullNames, initials }: { fullNames: boolean; initials: 'org' | 'org-initials' }): string[] {
  if (isDescriptionOnly(actor)) return [];
  const keys = new Set<string>();
  for (const name of spellings(actor)) {
    if (actor.type === 'PERSON') {
      const surname = personSurnameKey(name);
      if (surname) keys.add(surname);
      if (fullNames) for (const key of fullNameKeys(name)) keys.add(key);
      continue;
    }
    const org = organizationName(name);
    const words = organizationWordKey(org);
    if (words) keys.add(words);
    if (org.words.length > 1) keys.add(`${initials}:${org.initials}`);
  }
  return [...keys];
}

/**
 * The stored keys an actor's candidates are read under: exactly those of the actors
 * `chooseExistingActor` could join it to, or count as bearers of its lone surname. A full name
 * joins only a full name of the same given name and surname (up to transliteration, or behind
 * a descriptor), so it reads those; a lone surname reads all the surname's bearers; a lone
 * given name ("Hillary": which one?) joins nothing and reads nothing. An organisation reads its
 * word set, and, for an acronym, the names it is the initials of (or the reverse).
 */
export function actorLookupKeys(actor: NamedActor): string[] {
  if (isDescriptionOnly(actor)) return [];
  const keys = new Set<string>();
  if (actor.type === 'PERSON') {
    for (const name of spellings(actor)) for (const key of fullNameKeys(name)) keys.add(key);
    const lone = loneSurnameKey(actor);
    if (lone !== null) keys.add(`person:${lone}`);
    return [...keys].map(indexable);
  }
  for (const name of spellings(actor)) {
    const org = organizationName(name);
    const words = organizationWordKey(org);
    if (words) keys.add(words);
    if (org.words.length > 1) keys.add(`org:${org.initials}`);
    else if (!org.key.includes(' ') && org.key.length >= 2) keys.add(`org-initials:${org.key}`);
  }
  return [...keys].map(indexable);
}

/**
 * Actors under one lookup key past which the key names no one in particular: a lone "Smith"
 * with more bearers, or a full name held by more actors, is ambiguous, and joins none of them
 * (the matcher would refuse a lone surname of two bearers already). Bounds what a name costs
 * ingest in a large graph: at 1M synthetic statements a surname had 1,700 bearers.
 */
export const MAX_ACTORS_PER_KEY = 100;

/** What the keys are computed from. */
type NamedActor = { name: string; aliases: string[]; type: ExtractedActor['type'] };

function spellings(actor: NamedActor): string[] {
  return [actor.name, ...actor.aliases];
}

/** A person's surname, or the one word of a lone given name. */
function personSurnameKey(name: string): string | null {
  const parts = splitPersonName(name);
  const surname = parts.surname ?? parts.given;
  return surname ? `person:${surnameKey(surname)}` : null;
}

/**
 * The given name and surname of each full name a name is or holds behind a descriptor ("Rival
 * Hillary Clinton" is also Hillary Clinton, "van Bill Smith" Bill Smith): the matcher's exact,
 * transliterated and described full names share one of them.
 */
function fullNameKeys(name: string): string[] {
  const { given, words } = splitPersonName(name);
  const last = words.at(-1);
  if (words.length < 2 || last === undefined) return [];
  const surname = surnameKey(last);
  const keys: string[] = [];
  for (const [i, word] of words.slice(0, -1).entries()) {
    // A leading particle ("van Hollen") is no given name: the name is a surname, not a full name.
    if (i > 0 || given !== null) keys.push(`person-name:${surname} ${givenNameKey(word)}`);
    // Only descriptors may stand before the shorter name: past a given name, none is this one.
    if (isKnownGivenName(word)) break;
  }
  return keys;
}

/** An organisation's words in any order; its whole key when it has only function words ("The Of"); null for no name. */
function organizationWordKey(org: OrganizationName): string | null {
  if (org.words.length > 0) return `org:${[...org.wordSet].sort().join(' ')}`;
  return org.key ? `org:${org.key}` : null;
}

/** A key as stored: one too long for an index entry (an organisation of many words) replaced by its hash. */
function indexable(key: string): string {
  return key.length <= MAX_STORED_KEY ? key : `hash:${createHash('sha256').update(key).digest('hex')}`;
}

/** Characters of a stored identity key; Neo4j's range index takes up to about 8 KB an entry. */
const MAX_STORED_KEY = 256;

/** Every normalised spelling of an actor: its name and its aliases. */
export function actorSpellings(actor: { name: string; aliases: string[] }): string[] {
  return [...new Set([actor.name, ...actor.aliases].map(normalizeName).filter(Boolean))];
}
