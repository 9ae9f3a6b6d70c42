import { prepareClaim, type PreparedClaim } from '../extraction/claims';
import { memoize } from '../extraction/entities/memoize';

/**
 * Claims as the similarity measure and the band keys see them, tokenised once per text: a
 * batch's claims are prepared for their band keys, their lock keys and their plan, and the
 * graph's popular claims are candidates again and again. A batch of 100 articles holds a few
 * thousand claims, so the cache is larger than the extraction's name caches.
 */
export const preparedClaim: (text: string) => PreparedClaim = memoize(prepareClaim, 50_000);
