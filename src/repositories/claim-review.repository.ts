import type { Graph } from '../db/graph';
import type { ClaimRecord } from '../model/claim.record';
import type { RebuttalRecord } from '../model/rebuttal.record';

export interface ClaimReviewSource {
  claim: ClaimRecord;
  speakers: Array<{ name: string; aliases: string[]; type: string }>;
  articles: Array<{ id: string; url: string | null; title: string | null; publishedAt: string | null }>;
  rebuttals: RebuttalRecord[];
}

export const claimReviewRepository = {
  async find(graph: Graph, id: string): Promise<ClaimReviewSource | null> {
    const [row] = await graph.read('claims/find-claim-review', { id });
    return (row as unknown as ClaimReviewSource | undefined) ?? null;
  },
};
