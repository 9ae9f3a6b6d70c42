import { actorMatchScore, MERGE_THRESHOLD } from '../extraction/entities';
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
 * matcher: transliterations and reordered organisation names match; a lone surname never
 * matches a full name across articles, nor do two given names on one surname.
 */
export function chooseExistingActor(actor: ExtractedActor, candidates: ActorCandidate[]): ActorMatch | null {
  let best: ActorMatch | null = null;
  for (const candidate of candidates) {
    const score = actorMatchScore(actor, candidate);
    if (score >= MERGE_THRESHOLD && (!best || score > best.confidence)) best = { id: candidate.id, confidence: score };
  }
  return best;
}

/** Every normalised spelling of an actor: its name and its aliases. */
export function actorSpellings(actor: { name: string; aliases: string[] }): string[] {
  return [...new Set([actor.name, ...actor.aliases].map(normalizeName).filter(Boolean))];
}
