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

  /** The names of the Cypher queries one request runs, and its answer. */
  async function queriesOf(query: string, variables: Record<string, unknown> = {}): Promise<{ names: string[]; data: any }> {
    const names: string[] = [];
    const stop = graph.onQuery((name) => names.push(name));
    try {
      const { body } = await server.graphql<any>(query, variables);
      expect(body.errors).toBeUndefined();
      return { names, data: body.data };
    } finally {
      stop();
    }
  }

  it('is the same for a page of 2 and a page of 20', async () => {
    const small = await countQueries(2);
    const large = await countQueries(20);
    expect(large).toBe(small);
    // statements, then one query per nested field: bounded by the shape of the query alone.
    expect(large).toBeLessThanOrEqual(14);
  });

  const STATEMENT_WITH_CLAIMS = 'id quote kind at article { id title outlet { id name } } via { id name } claims { id text counteredBy { id text } counters { id } relations { relation from { id } to { id } } }';

  it("reads a statements page with its speaker's context, claims and their counterclaims in one query", async () => {
    const found = await queriesOf('{ statements(filter: {text: "measure 3 fails"}) { edges { node { speaker { id } } } } }');
    const speakerId = found.data.statements.edges[0].node.speaker.id;
    const { names, data } = await queriesOf(
      `query($id: ID!) { statements(filter: {speakerId: $id}, first: 20) { edges { node { ${STATEMENT_WITH_CLAIMS} } } } }`,
      { id: speakerId },
    );
    expect(names).toEqual(['statements/list/by-speaker-id-only']);
    const node = data.statements.edges.map((edge: any) => edge.node).find((n: any) => n.quote === 'measure 3 fails');
    expect(node.claims).toHaveLength(1);
    expect(node.claims[0].text).toMatch(/^measure 3 fails$/i);
    expect(node.claims[0].counteredBy).toEqual([]);
    expect(node.claims[0].counters).toHaveLength(1);
  });

  it('decides what a page reads along per variables shape: the same document with @include on, off and on again', async () => {
    const query = `query($id: ID, $withSpeaker: Boolean!) {
      statements(filter: {speakerId: $id}, first: 5) { totalCount @include(if: $withSpeaker) edges { node { quote speaker @include(if: $withSpeaker) { name } } } }
    }`;
    const on = await queriesOf(query, { id: null, withSpeaker: true });
    const off = await queriesOf(query, { id: null, withSpeaker: false });
    const again = await queriesOf(query, { id: null, withSpeaker: true });
    expect(on.data.statements.totalCount).toBeGreaterThan(0);
    expect(on.data.statements.edges.every((edge: any) => typeof edge.node.speaker.name === 'string')).toBe(true);
    expect(off.data.statements).not.toHaveProperty('totalCount');
    expect(off.data.statements.edges.every((edge: any) => !('speaker' in edge.node))).toBe(true);
    expect(off.names).toHaveLength(1);
    expect(again).toEqual(on);
  });

  it('answers a page read in one query exactly as the per-field loaders answer each statement', async () => {
    const { names, data } = await queriesOf(`{ statements(first: 20) { edges { node { ${STATEMENT_WITH_CLAIMS} } } } }`);
    expect(names).toEqual(['statements/list/by-time']);
    const nodes = data.statements.edges.map((edge: any) => edge.node);
    expect(nodes.some((node: any) => node.claims.some((claim: any) => claim.counteredBy.length > 0))).toBe(true);
    for (const node of nodes) {
      const one = await queriesOf(`query($id: ID!) { statement(id: $id) { ${STATEMENT_WITH_CLAIMS} } }`, { id: node.id });
      expect(one.names).not.toContain('statements/list/by-time');
      expect(one.data.statement).toEqual(node);
    }
  });

  it('reads an article with its outlet and first statements in one query, as the loaders would answer it', async () => {
    const articleId = (await queriesOf('{ articles(first: 1) { edges { node { id } } } }')).data.articles.edges[0].node.id;
    const ARTICLE = 'id title publishedAt outlet { id name } statements(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id quote kind } } }';
    const { names, data } = await queriesOf(`query($id: ID!) { article(id: $id) { ${ARTICLE} } }`, { id: articleId });
    expect(names).toEqual(['articles/find-article-with-context']);
    expect(data.article.statements.totalCount).toBe(2);
    // Two different pages under aliases are left to the loaders; the answer is the same.
    const loaded = await queriesOf(`query($id: ID!) { article(id: $id) { ${ARTICLE} other: statements(first: 1) { totalCount } } }`, { id: articleId });
    expect(loaded.names.sort()).toEqual(['articles/find-article-with-context', 'articles/list-statements-by-articles', 'articles/list-statements-by-articles']);
    const { other, ...rest } = loaded.data.article;
    expect(rest).toEqual(data.article);
    expect(other.totalCount).toBe(2);
  });

  it('reports an invalid page under an article on the page field, as without the lookahead', async () => {
    const articleId = (await queriesOf('{ articles(first: 1) { edges { node { id } } } }')).data.articles.edges[0].node.id;
    const { body } = await server.graphql<any>('query($id: ID!) { article(id: $id) { id outlet { name } statements(first: 1000) { totalCount } } }', { id: articleId });
    expect(body.errors?.[0]).toMatchObject({ path: ['article', 'statements'], extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it.each([
    ['statements', '{ statements(filter: {kind: INDIRECT}) { totalCount } }'],
    ['actors', '{ actors { totalCount } }'],
    ['articles', '{ articles(filter: {outlet: "outlet 1"}) { totalCount } }'],
    ['claims', '{ claims { totalCount } }'],
    ['claims', '{ claims(search: "measure") { totalCount } }'],
  ])('reads only the count of %s when a request selects only totalCount: %s', async (field, query) => {
    const { names, data } = await queriesOf(query);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/\/count\//);
    expect(data[field].totalCount).toBeGreaterThan(0);
  });

  it("reads only the stats a dashboard's panel selects", async () => {
    const { names, data } = await queriesOf('{ stats { topSpeakers { actor { name } count } } }');
    expect(names).toEqual(['stats/top-speakers-all-time']);
    expect(data.stats.topSpeakers.length).toBeGreaterThan(0);
  });

  it('answers an unknown article as null in one query', async () => {
    const { names, data } = await queriesOf('{ article(id: "nope") { id outlet { name } statements { totalCount } } }');
    expect(data.article).toBeNull();
    expect(names).toEqual(['articles/find-article-with-context']);
  });
});
