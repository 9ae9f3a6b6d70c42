import { claimSimilarity, CLAIM_MERGE_THRESHOLD, CLAIM_SIMILAR_THRESHOLD, normalizeClaimText, similarityReaching } from '../extraction/claims';
import { memoize } from '../extraction/entities/memoize';
import { preparedClaim } from './prepared-claims';
import type { ExtractedClaim } from '../extraction/types';

export interface ClaimCandidate {
  id: string;
  text: string;
  normalizedText: string;
}

/**
 * The comparison form of a claim, stored as Claim.normalizedText (an indexed exact match).
 * Memoised: an ingest normalises each claim for its lock key, its candidates, its plan and the
 * batch's own claims.
 */
export const normalizeClaim: (text: string) => string = memoize(normalizeClaimText);

/** How claims are compared across articles; the extraction stage supplies the measure. */
export interface ClaimMatching {
  similarity: (a: string, b: string) => number;
  /** At or above: the same claim. */
  mergeThreshold: number;
  /** At or above (and below merge): a SIMILAR_TO edge. */
  similarThreshold: number;
}

/** The extraction stage's paraphrase measure and thresholds (docs/extraction-interpretation.md). */
export const DEFAULT_CLAIM_MATCHING: ClaimMatching = {
  similarity: claimSimilarity,
  mergeThreshold: CLAIM_MERGE_THRESHOLD,
  similarThreshold: CLAIM_SIMILAR_THRESHOLD,
};

export interface ClaimResolution {
  /** The existing claim this one is. */
  same: { id: string; score: number } | null;
  /** Existing claims worded closely, but not closely enough to be the same. */
  similar: Array<{ id: string; score: number }>;
}

/** Decides, against full-text candidates, whether a claim is already in the graph or near one. */
export function resolveClaim(claim: ExtractedClaim, candidates: ClaimCandidate[], matching: ClaimMatching): ClaimResolution {
  const normalized = normalizeClaim(claim.text);
  const scored = candidates
    .map((candidate) => ({
      id: candidate.id,
      score: candidate.normalizedText === normalized ? 1 : similarity(claim.text, candidate.text, matching),
    }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  const same = best && best.score >= matching.mergeThreshold ? best : null;
  const similar = scored.filter((c) => c !== same && c.score >= matching.similarThreshold && c.score < matching.mergeThreshold);
  return { same, similar };
}

/**
 * The default measure, made cheap for a batch that compares thousands of claims with their
 * candidates: each text is tokenised once (the graph's popular claims are candidates again and
 * again), and a pair that cannot reach the SIMILAR_TO threshold scores 0 without its word
 * pairs being built. Scores at or above the threshold are the measure's own, so decisions are
 * the same.
 */
function similarity(a: string, b: string, matching: ClaimMatching): number {
  if (matching !== DEFAULT_CLAIM_MATCHING) return matching.similarity(a, b);
  return similarityReaching(preparedClaim(a), preparedClaim(b), matching.similarThreshold) ?? 0;
}
