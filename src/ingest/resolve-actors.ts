import { actorMatchScore, MERGE_THRESHOLD, organizationName, soleSurnameBearer, SURNAME_JOIN_CONFIDENCE } from '../extraction/entities/actor-match';
import { splitPersonName, surnameKey } from '../extraction/entities/person-name';
import type { ExtractedActor } from '../extraction/types';
import { lucenePhrase, luceneAnyWord, normalizeName } from './normalize';

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
 * The full-text query that fetches possible matches for an actor: any of its spellings as a
 * phrase, or any word of its name, so that "Oleksandr Lukashenko" finds "Alexander Lukashenko"
 * through the surname. Which candidate (if any) is the same actor is `chooseExistingActor`'s call.
 */
export function actorCandidateQuery(actor: { name: string; aliases: string[] }): string {
  const phrases = actorSpellings(actor).map(lucenePhrase);
  const words = luceneAnyWord(actor.name);
  return [...phrases, ...(words ? [words] : [])].join(' OR ');
}

/**
 * Picks the existing actor an article's actor is, if any, by the extraction stage's name
 * matcher: transliterations and reordered organisation names match, two given names on one
 * surname never do. A lone surname joins a person only when the graph holds exactly one
 * plausible bearer of it, and then with a lower confidence (`soleSurnameBearer`).
 */
export function chooseExistingActor(actor: ExtractedActor, candidates: ActorCandidate[]): ActorMatch | null {
  let best: ActorMatch | null = null;
  for (const candidate of candidates) {
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
 * Defense Council"). Ingest locks them before it looks for candidates; keys that are too coarse
 * only make two ingests wait for each other, never merge anything.
 */
export function actorLockKeys(actor: { name: string; aliases: string[]; type: ExtractedActor['type'] }): string[] {
  const keys = new Set<string>();
  for (const name of [actor.name, ...actor.aliases]) {
    if (actor.type === 'PERSON') {
      const parts = splitPersonName(name);
      const surname = parts.surname ?? parts.given;
      if (surname) keys.add(`person:${surnameKey(surname)}`);
      continue;
    }
    const org = organizationName(name);
    if (org.words.length === 0) continue;
    keys.add(`org:${[...org.wordSet].sort().join(' ')}`);
    if (org.words.length > 1) keys.add(`org:${org.initials}`);
  }
  return [...keys];
}

/** Every normalised spelling of an actor: its name and its aliases. */
export function actorSpellings(actor: { name: string; aliases: string[] }): string[] {
  return [...new Set([actor.name, ...actor.aliases].map(normalizeName).filter(Boolean))];
}
