import type { ClaimCandidate } from './resolve-claims';

/** Emptied when full rather than kept in LRU order: the next batch fetches what it needs again. */
const CLAIM_TEXT_CACHE_LIMIT = 200_000;

/**
 * The claims an ingest process has read as candidates, by id. A claim's text and normalised
 * text never change once written, so a popular claim (a candidate of hundreds of later claims)
 * is fetched once, not in every batch; which claims are candidates is still asked of the graph
 * each time, so a cached entry is only ever used for a claim the graph holds.
 */
export class ClaimTextCache {
  private readonly claims = new Map<string, ClaimCandidate>();

  get(id: string): ClaimCandidate | undefined {
    return this.claims.get(id);
  }

  /** The ids of `ids` not held yet. */
  missing(ids: Iterable<string>): string[] {
    const missing = new Set<string>();
    for (const id of ids) if (!this.claims.has(id)) missing.add(id);
    return [...missing];
  }

  add(claims: ClaimCandidate[]): void {
    if (this.claims.size + claims.length > CLAIM_TEXT_CACHE_LIMIT) this.claims.clear();
    for (const claim of claims) this.claims.set(claim.id, claim);
  }
}
