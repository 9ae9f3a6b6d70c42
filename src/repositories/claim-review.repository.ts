import type { Graph } from '../db/graph';
import type { ClaimRecord } from '../graphql/types/claim.type';
import type { RebuttalRecord } from '../graphql/types/rebuttal.type';

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
