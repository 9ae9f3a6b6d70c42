import { randomUUID } from 'node:crypto';
import type { Graph } from '../../db/graph';
import { planIngest, type IngestPlan } from '../../ingest/ingest-plan';
import { ingestRepository } from '../../repositories/ingest.repository';
import { SyntheticArticles, syntheticShape } from './synthetic-articles';

export interface SyntheticLoad {
  statements: number;
  articles: number;
  seconds: number;
}

/** Articles per transaction: ~2,500 statements, well inside the embedded Neo4j's default heap. */
const ARTICLES_PER_BATCH = 500;

/**
 * Loads a synthetic graph of `statements` statements through ingest's plan and batched writes
 * (the generator knows which nodes are the same, so it skips the locks and candidate lookups an
 * unknown article needs). Deterministic per seed; `progress` hears the statements written so far.
 */
export async function loadSyntheticGraph(
  graph: Graph,
  options: { statements: number; seed: number; progress?: (statements: number) => void },
): Promise<SyntheticLoad> {
  const generator = new SyntheticArticles(syntheticShape(options.statements, options.seed));
  const started = process.hrtime.bigint();
  let articles = 0;
  while (!generator.done) {
    const plans: IngestPlan[] = [];
    const rebuttals: Array<Record<string, unknown>> = [];
    while (plans.length < ARTICLES_PER_BATCH && !generator.done) {
      const article = generator.next();
      const plan = planIngest(article.extraction, article.article, article.resolution);
      generator.remember(article, plan);
      plans.push(plan);
      for (const rebuttal of article.rebuttals) {
        const claimIndex = article.extraction.claims.findIndex((c) => c.key === rebuttal.claimKey);
        rebuttals.push({
          id: randomUUID(),
          claimId: plan.claims[claimIndex]?.id,
          verdict: rebuttal.verdict,
          label: rebuttal.verdict.toLowerCase(),
          summary: 'Synthetic fact-check.',
          evidenceUrls: ['https://example.org/evidence'],
          author: 'synthetic-fact-checker',
          now: article.article.ingestedAt,
        });
      }
    }
    await graph.writeTransaction(async (tx) => {
      await ingestRepository.write(tx, plans);
      if (rebuttals.length) await tx.run('ingest/create-rebuttals', { rebuttals });
    });
    articles += plans.length;
    options.progress?.(generator.statements);
  }
  return { statements: generator.statements, articles, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
