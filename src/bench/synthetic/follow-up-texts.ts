import { randomUUID } from 'node:crypto';
import { SyntheticArticles, syntheticShape } from './synthetic-articles';

/**
 * The texts of `count` articles that follow the synthetic graph of `statements` statements and
 * `seed` (`npm run bench:data`): its generator run on past the graph, so that their speakers,
 * outlets and claims are the graph's own, a third of the claims repeat earlier ones, and the
 * rest share band keys with thousands of the graph's. What ingest meets in a large archive of
 * one beat, where PolNeAR's texts meet a graph of other words. Each starts with its date marker
 * and ends with a line naming `run` and its number, so no run's texts are UNCHANGED from another's.
 */
export function syntheticFollowUpTexts(statements: number, seed: number, count: number, run: string = randomUUID()): string[] {
  const generator = new SyntheticArticles(syntheticShape(statements, seed));
  // The texts need no ids, only that the generator knows which speakers and claims it made:
  // its keys stand in for the ids a plan would give, which a million statements would take
  // tens of seconds to plan.
  const next = () => {
    const article = generator.next();
    const { actors, claims } = article.extraction;
    generator.remember(article, { actors: actors.map((actor) => ({ id: actor.key })), claims: claims.map((claim) => ({ id: claim.key })) });
    return article;
  };
  while (!generator.done) next();
  return Array.from({ length: count }, (_, i) => {
    const { article } = next();
    return `date ${(article.publishedAt as string).slice(0, 10)}\n${article.text}\n(Follow-up ${i + 1} of run ${run}.)\n`;
  });
}
