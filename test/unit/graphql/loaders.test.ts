import type { Graph } from '../../../src/db/graph';
import { createLoaders } from '../../../src/graphql/loaders/loaders';

describe('the per-request loaders', () => {
  // Nothing here runs a query: a loader only queries when asked to load.
  const graph = {} as Graph;

  it('are made on first use and then kept for the rest of the request', () => {
    const loaders = createLoaders(graph);
    const first = loaders.article;
    expect(loaders.article).toBe(first);
    expect(loaders.statementsOfArticle).toBe(loaders.statementsOfArticle);
  });

  it('are fresh for each request: nothing primed in one is seen by another', () => {
    const one = createLoaders(graph);
    const other = createLoaders(graph);
    expect(other.article).not.toBe(one.article);
    const speaker = { id: 'a1' } as never;
    one.speakerOfStatement.prime('s1', []);
    // A loader keeps the first value of a key, so this one would be ignored if the two were shared.
    other.speakerOfStatement.prime('s1', [speaker]);
    expect(one.speakerOfStatement.get('s1')).toEqual([]);
    expect(other.speakerOfStatement.get('s1')).toEqual([speaker]);
  });

  it('offer every loader the resolvers use', () => {
    const loaders = createLoaders(graph);
    for (const name of ['article', 'actor', 'statement', 'claim', 'outletOfArticle', 'chainOfStatement', 'relationsOfClaim'] as const) {
      expect(typeof loaders[name].get).toBe('function');
    }
  });
});
