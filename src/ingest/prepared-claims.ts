import { prepareClaim, type PreparedClaim } from '../extraction/claims';

/**
 * Claims as the similarity measure and the band keys see them, tokenised once per text: a
 * batch's claims are prepared for their band keys, their lock keys and their plan, and the
 * graph's popular claims are candidates again and again.
 */
export function preparedClaim(text: string): PreparedClaim {
  let claim = prepared.get(text);
  if (!claim) {
    // Emptied when full rather than kept in LRU order: a batch's claims are prepared again at once.
    if (prepared.size >= PREPARED_CACHE_LIMIT) prepared.clear();
    claim = prepareClaim(text);
    prepared.set(text, claim);
  }
  return claim;
}

const PREPARED_CACHE_LIMIT = 50_000;
const prepared = new Map<string, PreparedClaim>();
