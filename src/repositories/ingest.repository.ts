import type { GraphTx } from '../db/graph';
import type { ActorCandidate } from '../ingest/resolve-actors';
import type { ClaimCandidate } from '../ingest/resolve-claims';
import type { IngestPlan } from '../ingest/ingest-plan';

/** The reads and batched writes of one article's ingest; every method runs in the caller's transaction. */
export const ingestRepository = {
  async findArticleByHash(tx: GraphTx, contentHash: string): Promise<string | null> {
    const [row] = await tx.run('articles/find-article-by-hash', { contentHash });
    return (row?.id as string | undefined) ?? null;
  },

  /** Waits for, then holds until commit, the locks of the article's identity keys (sorted by the caller). */
  async lockIdentities(tx: GraphTx, keys: string[], now: string): Promise<void> {
    if (keys.length) await tx.run('ingest/merge-ingest-locks', { keys, now });
  },

  /** Records which of the article's names were joined to existing actors, and how surely. */
  async recordActorJoins(
    tx: GraphTx,
    articleId: string,
    joins: Array<{ actorId: string; name: string; confidence: number; match: string }>,
    by: string,
    now: string,
  ): Promise<void> {
    if (joins.length) await tx.run('ingest/merge-actor-joins', { articleId, joins, by, now });
  },

  async findActorCandidates(tx: GraphTx, names: Array<{ key: string; query: string }>): Promise<Map<string, ActorCandidate[]>> {
    if (names.length === 0) return new Map();
    const rows = await tx.run('ingest/find-actor-candidates', { names });
    return new Map(rows.map((row) => [row.key as string, row.candidates as ActorCandidate[]]));
  },

  async findClaimCandidates(
    tx: GraphTx,
    claims: Array<{ key: string; normalizedText: string; query: string }>,
  ): Promise<Map<string, ClaimCandidate[]>> {
    if (claims.length === 0) return new Map();
    const rows = await tx.run('ingest/find-claim-candidates', { claims });
    return new Map(rows.map((row) => [row.key as string, row.candidates as ClaimCandidate[]]));
  },

  /** Writes a planned article: a fixed number of round trips, however many statements it holds. */
  async write(tx: GraphTx, plan: IngestPlan): Promise<void> {
    const now = plan.article.ingestedAt;
    await tx.run('ingest/create-article', { article: plan.article });
    if (plan.actors.length) await tx.run('ingest/merge-actors', { actors: plan.actors, now });
    if (plan.roles.length) await tx.run('ingest/merge-roles', { roles: plan.roles });
    if (plan.partOf.length) await tx.run('ingest/merge-part-of', { links: plan.partOf });
    if (plan.outletId) {
      await tx.run('ingest/link-outlet', { articleId: plan.article.id, outletId: plan.outletId, by: plan.article.extractor, now });
    }
    if (plan.claims.length) await tx.run('ingest/merge-claims', { claims: plan.claims });
    if (plan.statements.length) {
      await tx.run('ingest/create-statements', { articleId: plan.article.id, statements: plan.statements });
    }
    if (plan.reports.length) await tx.run('ingest/create-reports', { links: plan.reports, now });
    if (plan.relations.length) await tx.run('ingest/merge-claim-relations', { relations: plan.relations });
    if (plan.topics.length) await tx.run('ingest/merge-topics', { topics: plan.topics, now });
    if (plan.similar.length) await tx.run('ingest/merge-similar-claims', { links: plan.similar, now });
  },
};
