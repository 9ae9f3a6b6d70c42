import { claimBandKeys, NEAREST_CLAIMS_PER_KEY } from './claim-keys';
import { normalizeClaim } from './resolve-claims';

/** A claim as an archive brings it: its article, its text, and the article's date (ISO; equal for all when unknown). */
export interface DatedClaim {
  articleId: string;
  text: string;
  at: string;
}

interface StoredClaim {
  order: number;
  at: string;
  keys: readonly string[];
}

/**
 * Which pairs of claims ingest would meet, were `claims` stored one after another in the order
 * given (`npm run eval:claims`): the later one finds the earlier by its exact normalised text, or
 * by a band key they share when the earlier is among the `nearest` claims of that key on its
 * side of the later's date (find-claim-candidates). No database: each distinct text is stored
 * once, dated by its first article. Pessimistic where ingest is not: claims of one batch meet
 * each other whatever the bound, a merged paraphrase adds no node of its own, and a claim tied
 * in date with the earlier one is counted as nearer.
 */
export class CandidateReplay {
  private readonly stored = new Map<string, StoredClaim>();
  /** Stored claims under each band's key (`band|key`), in storing order. */
  private readonly holders = new Map<string, StoredClaim[]>();

  constructor(
    claims: readonly DatedClaim[],
    private readonly nearest: number = NEAREST_CLAIMS_PER_KEY,
  ) {
    for (const claim of claims) {
      const text = normalizeClaim(claim.text);
      if (this.stored.has(text)) continue;
      const stored: StoredClaim = { order: this.stored.size, at: claim.at, keys: claimBandKeys(claim.text) };
      this.stored.set(text, stored);
      stored.keys.forEach((key, band) => {
        const list = this.holders.get(`${band}|${key}`);
        if (list === undefined) this.holders.set(`${band}|${key}`, [stored]);
        else list.push(stored);
      });
    }
  }

  /** Whether whichever of the two is stored later would read the other as a candidate. */
  finds(a: DatedClaim, b: DatedClaim): boolean {
    const one = this.storedAs(a);
    const other = this.storedAs(b);
    if (one === other) return true;
    const [earlier, later] = one.order < other.order ? [one, other] : [other, one];
    return earlier.keys.some((key, band) => key === later.keys[band] && this.nearerThan(earlier, `${band}|${key}`, later) < this.nearest);
  }

  /** How many claims of the key, stored before `later`, lie between `earlier` and `later`'s date on `earlier`'s side. */
  private nearerThan(earlier: StoredClaim, key: string, later: StoredClaim): number {
    // At or before the later's date, read newest first; after it, oldest first (find-claim-candidates).
    const between = earlier.at <= later.at ? (at: string) => at >= earlier.at && at <= later.at : (at: string) => at > later.at && at <= earlier.at;
    let count = 0;
    for (const claim of this.holders.get(key) ?? []) {
      if (claim.order >= later.order) break;
      if (claim !== earlier && between(claim.at)) count += 1;
    }
    return count;
  }

  private storedAs(claim: DatedClaim): StoredClaim {
    const stored = this.stored.get(normalizeClaim(claim.text));
    if (stored === undefined) throw new Error(`not a claim of the replay: ${claim.text}`);
    return stored;
  }
}
