import { planIngest } from '../../../src/ingest/ingest-plan';
import { syntheticFollowUpTexts } from '../../../src/bench/synthetic/follow-up-texts';
import { SyntheticArticles, syntheticShape } from '../../../src/bench/synthetic/synthetic-articles';

/** The claims of the synthetic graph of `statements` (seed 1), as bench:data loads it. */
function graphClaims(statements: number): { claims: Set<string>; loaded: number } {
  const generator = new SyntheticArticles(syntheticShape(statements, 1));
  const claims = new Set<string>();
  while (!generator.done) {
    const article = generator.next();
    generator.remember(article, planIngest(article.extraction, article.article, article.resolution));
    for (const claim of article.extraction.claims) claims.add(claim.text);
  }
  return { claims, loaded: generator.statements };
}

describe('syntheticFollowUpTexts: the news that follows a synthetic graph, for bench:ingest --synthetic', () => {
  it('leaves the graph bench:data loads as it was: exactly the statements asked for', () => {
    expect(graphClaims(2_000).loaded).toBe(2_000);
  });

  it('speaks of the graph\'s own claims: some follow-ups repeat one word for word', () => {
    const { claims } = graphClaims(2_000);
    const texts = syntheticFollowUpTexts(2_000, 1, 20, 'run');
    expect(texts.filter((text) => [...claims].some((claim) => text.includes(claim))).length).toBeGreaterThan(0);
  });

  it('dates each article by its marker, and names the run, so that no run repeats another\'s texts', () => {
    const [first] = syntheticFollowUpTexts(2_000, 1, 1, 'one');
    const [again] = syntheticFollowUpTexts(2_000, 1, 1, 'two');
    expect(first).toMatch(/^date \d{4}-\d{2}-\d{2}\n/);
    expect(first).toContain('run one');
    expect(first).not.toEqual(again);
  });
});
