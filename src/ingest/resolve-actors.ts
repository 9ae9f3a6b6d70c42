import { createHash } from 'node:crypto';
import { actorMatchScore, isDescriptionOnly, MERGE_THRESHOLD, organizationName, soleSurnameBearer, SURNAME_JOIN_CONFIDENCE } from '../extraction/entities/actor-match';
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
  let best: ActorMatch | null = null;
  for (const candidate of candidates) {
    if (isDescriptionOnly(candidate)) continue;
    const score = actorMatchScore(actor, candidate);
    if (score >= MERGE_THRESHOLD && (!best || score > best.confidence)) best = { id: candidate.id, confidence: score, by: 'name' };
  }
  if (best) return best;
  const bearer = soleSurnameBearer(actor, candidates);
  return bearer ? { id: bearer.id, confidence: SURNAME_JOIN_CONFIDENCE, by: 'surname' } : null;
}

/**
 * The identity keys under which two ingests could take this actor for the same one: a person's
 * surname (full names, transliterations and lone surnames of one person all share it), an
 * organisation's words in any order and its initials (so "NSDC" meets "National Security and
 * Defense Council"). Ingest locks them before it looks for candidates, and finds its candidates
 * by them (`ActorKey` nodes, migration 0012); keys that are too coarse only make two ingests
 * wait for each other and read a few more candidates, never merge anything.
 *
 * They are an exact cover of `chooseExistingActor`: an actor named by a description only joins
 * nothing and has none; two persons it can join share a surname key
 * (an exact, described or transliterated full name has the same last word; a lone surname's
 * bearers carry it), two organisations a word set (exact or reordered names) or one's initials
 * as the other's one word (an acronym). A name of function words only ("The Of") has no word
 * set, so its whole key stands in for it. Test: test/unit/ingest/actor-identity-keys.test.ts.
 */
export function actorLockKeys(actor: { name: string; aliases: string[]; type: ExtractedActor['type'] }): string[] {
  // "the company" joins nothing, so it needs no key: keyed, every article's would be read back.
  if (isDescriptionOnly(actor)) return [];
  const keys = new Set<string>();
  for (const name of [actor.name, ...actor.aliases]) {
    if (actor.type === 'PERSON') {
      const parts = splitPersonName(name);
      const surname = parts.surname ?? parts.given;
      if (surname) keys.add(`person:${surnameKey(surname)}`);
      continue;
    }
    const org = organizationName(name);
    if (org.words.length === 0) {
      if (org.key) keys.add(`org:${org.key}`);
      continue;
    }
    keys.add(`org:${[...org.wordSet].sort().join(' ')}`);
    if (org.words.length > 1) keys.add(`org:${org.initials}`);
  }
  return [...keys];
}

/**
 * The identity keys an actor is stored under (`ActorKey` nodes) and its candidates are read by:
 * `actorLockKeys`, with a key too long for an index entry (an organisation of many words)
 * replaced by its hash.
 */
export function actorIdentityKeys(actor: { name: string; aliases: string[]; type: ExtractedActor['type'] }): string[] {
  return actorLockKeys(actor).map((key) => (key.length <= MAX_STORED_KEY ? key : `hash:${createHash('sha256').update(key).digest('hex')}`));
}

/** Characters of a stored identity key; Neo4j's range index takes up to about 8 KB an entry. */
const MAX_STORED_KEY = 256;

/** Every normalised spelling of an actor: its name and its aliases. */
export function actorSpellings(actor: { name: string; aliases: string[] }): string[] {
  return [...new Set([actor.name, ...actor.aliases].map(normalizeName).filter(Boolean))];
}
