import type { ExtractedActor } from '../extraction/types';
import { normalizeName } from './normalize';

export interface ActorCandidate {
  id: string;
  name: string;
  aliases: string[];
  type: string;
  normalizedNames: string[];
}

export interface ActorMatch {
  id: string;
  confidence: number;
}

/**
 * Picks the existing actor an article's actor is, if any: same type and a shared spelling.
 * A person is matched only on a spelling of two words or more, so that "Yusov" in one
 * article never merges with "Andriy Yusov" of another on the surname alone; within one
 * article the extractor has already tied short mentions to full names.
 */
export function chooseExistingActor(actor: ExtractedActor, candidates: ActorCandidate[]): ActorMatch | null {
  const spellings = actorSpellings(actor).filter((n) => actor.type !== 'PERSON' || n.includes(' '));
  let best: ActorMatch | null = null;
  for (const candidate of candidates) {
    if (candidate.type !== actor.type) continue;
    const known = new Set(candidate.normalizedNames);
    const shared = spellings.filter((n) => known.has(n));
    if (shared.length === 0) continue;
    // The canonical names agreeing is stronger evidence than an alias coinciding.
    const confidence = normalizeName(candidate.name) === normalizeName(actor.name) ? 1 : 0.9;
    if (!best || confidence > best.confidence) best = { id: candidate.id, confidence };
  }
  return best;
}

/** Every normalised spelling of an actor: its name and its aliases. */
export function actorSpellings(actor: { name: string; aliases: string[] }): string[] {
  return [...new Set([actor.name, ...actor.aliases].map(normalizeName).filter(Boolean))];
}
