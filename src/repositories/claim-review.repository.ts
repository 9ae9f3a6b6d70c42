import type { Graph } from '../db/graph';
import type { ClaimRecord } from '../model/claim.record';
import type { RebuttalRecord } from '../model/rebuttal.record';

export interface ClaimReviewSource {
  claim: ClaimRecord;
  /** Who put the claim forward, the most prominent first (see find-claim-review.cypher). */
  speakers: Array<{ name: string; aliases: string[]; type: string }>;
  /** The articles it appeared in, oldest first, each with its publishing outlet's name. */
  articles: Array<{ id: string; url: string | null; title: string | null; publishedAt: string | null; outlet: string | null }>;
  rebuttals: RebuttalRecord[];
}

export const claimReviewRepository = {
  async find(graph: Graph, id: string): Promise<ClaimReviewSource | null> {
    const [row] = await graph.read('claims/find-claim-review', { id });
    return (row as unknown as ClaimReviewSource | undefined) ?? null;
  },
};
