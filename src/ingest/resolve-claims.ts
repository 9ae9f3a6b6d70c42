import type { ExtractedClaim } from '../extraction/types';
import { foldText } from './normalize';

export interface ClaimCandidate {
  id: string;
  text: string;
  normalizedText: string;
  firstSeenAt: string;
}

/** The comparison form of a claim: folded text (case, accents, punctuation ignored). */
export function normalizeClaim(text: string): string {
  return foldText(text);
}

/**
 * Two claims with the same normalised text are one claim. Similarity-based matching of
 * paraphrases is the extraction stage's (it supplies `similarity`); without it only exact
 * matches merge.
 */
export function chooseExistingClaim(
  claim: ExtractedClaim,
  candidates: ClaimCandidate[],
  similarity?: (a: string, b: string) => number,
  mergeThreshold = 1,
): { id: string; score: number } | null {
  const normalized = normalizeClaim(claim.text);
  let best: { id: string; score: number } | null = null;
  for (const candidate of candidates) {
    const score = candidate.normalizedText === normalized ? 1 : similarity ? similarity(claim.text, candidate.text) : 0;
    if (score >= mergeThreshold && (!best || score > best.score)) best = { id: candidate.id, score };
  }
  return best;
}
