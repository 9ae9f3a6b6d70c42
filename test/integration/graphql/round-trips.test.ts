import type { TestKeys } from '../../helpers/keys';
import { startTestApi, type TestApi } from '../../helpers/api';
import type { TestServer } from '../../helpers/server';

const NESTED = `query($first: Int) {
  statements(first: $first) {
    edges { node {
      speaker { name roles { title of { name } } statements(first: 5) { totalCount edges { node { quote } } } }
      via { name }
      article { title outlet { name } }
      claims { text appearances counters { text } rebuttals { verdict } speakers { name } }
      reports { quote }
    } }
  }
}`;

/**
 * No N+1: a nested query costs one Cypher round trip per level and field, however many
 * items each page holds, because every relation is loaded through a per-request DataLoader.
 */
describe('Cypher round trips per GraphQL request', () => {
  let graph: TestApi['graph'];
  let close: () => Promise<void>;
  let server: TestServer;
  beforeAll(async () => {
    let keys: TestKeys;
    ({ graph, server, keys, close } = await startTestApi());
    for (let i = 0; i < 12; i++) {
      const text = `Story ${i}. Official ${i} said that measure ${i} works. Analyst ${i} said that measure ${i} fails.`;
      await server.graphql(
        'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }',
        {
          input: {
            text,
            outlet: `Outlet ${i % 3}`,
            statements: [
              { speaker: `Official ${i}`, quote: `measure ${i} works`, chain: ['Wire Service'] },
              { speaker: `Analyst ${i}`, quote: `measure ${i} fails`, counters: [`measure ${i} works`] },
            ],
          },
        },
        keys.editor,
      );
    }
  });
  afterAll(() => close());

  async function countQueries(first: number): Promise<number> {
    let count = 0;
    const stop = graph.onQuery(() => count++);
    try {
      const { body } = await server.graphql<any>(NESTED, { first });
      expect(body.errors).toBeUndefined();
      expect(body.data.statements.edges).toHaveLength(first);
    } finally {
      stop();
    }
    return count;
  }

  it('is the same for a page of 2 and a page of 20', async () => {
    const small = await countQueries(2);
    const large = await countQueries(20);
    expect(large).toBe(small);
    // statements, then one query per nested field: bounded by the shape of the query alone.
    expect(large).toBeLessThanOrEqual(14);
  });
});
