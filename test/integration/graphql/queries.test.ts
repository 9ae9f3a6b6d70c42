import type { TestKeys } from '../../helpers/keys';
import { startTestApi, type TestApi } from '../../helpers/api';
import type { TestServer } from '../../helpers/server';
import { referenceCuratedInput } from '../../fixtures/reference-article';

describe('queries', () => {
  let graph: TestApi['graph'];
  let close: () => Promise<void>;
  let server: TestServer;
  let articleId: string;

  // Responses are asserted field by field, so they are read untyped.
  const q = async (query: string, variables?: Record<string, unknown>): Promise<any> => (await server.graphql<any>(query, variables)).body;

  beforeAll(async () => {
    let keys: TestKeys;
    ({ graph, server, keys, close } = await startTestApi());
    const ingest = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }';
    const created = await server.graphql<any>(ingest, { input: referenceCuratedInput() }, keys.editor);
    articleId = created.body.data.ingestArticle.article.id;
    for (const [i, day] of ['2024-06-01', '2024-06-02', '2024-06-03'].entries()) {
      await server.graphql(ingest, {
        input: { text: `Note ${i}: Mayor Jane Smith said roads will reopen.`, outlet: 'City Paper', publishedAt: `${day}T08:00:00Z`, statements: [{ speaker: 'Jane Smith', quote: 'roads will reopen' }] },
      }, keys.editor);
    }
  });
  afterAll(() => close());

  it('article(id) returns the text, its outlet and its statements in reading order', async () => {
    const body = await q('query($id: ID!) { article(id: $id) { title outlet { name } statements(first: 3) { totalCount edges { node { span { start } } } } } }', { id: articleId });
    const starts = body.data.article.statements.edges.map((e: any) => e.node.span.start);
    expect(body.data.article).toMatchObject({ title: 'Putin to visit Belarus on May 23', outlet: { name: 'UNN' }, statements: { totalCount: 11 } });
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('article(id) is null for an unknown id', async () => {
    expect((await q('{ article(id: "nope") { id } }')).data.article).toBeNull();
  });

  it('articles are newest first and filter by outlet and date', async () => {
    const all = await q('{ articles { totalCount edges { node { publishedAt } } } }');
    expect(all.data.articles.totalCount).toBe(4);
    expect(all.data.articles.edges[0].node.publishedAt).toBe('2024-06-03T08:00:00.000Z');
    const filtered = await q('{ articles(filter: {outlet: "city paper", from: "2024-06-02T00:00:00Z"}) { totalCount } }');
    expect(filtered.data.articles.totalCount).toBe(2);
  });

  it('statements filter by speaker, outlet, kind, text, article and time window', async () => {
    const count = async (filter: string) => (await q(`{ statements(filter: ${filter}) { totalCount } }`)).data.statements.totalCount;
    expect(await count('{speaker: "smith"}')).toBe(3);
    expect(await count('{outlet: "City Paper"}')).toBe(3);
    expect(await count('{outlet: "russian media"}')).toBe(1); // relayed through, not published by
    expect(await count('{kind: DIRECT}')).toBe(2);
    expect(await count('{text: "horror stories"}')).toBe(1);
    expect(await count(`{articleId: "${articleId}"}`)).toBe(11);
    expect(await count('{from: "2024-06-02T00:00:00Z", to: "2024-06-03T00:00:00Z"}')).toBe(1);
  });

  it('statements give the speaker, chain, article and claims of each', async () => {
    const body = await q('{ statements(filter: {speaker: "Dmitry Peskov", kind: INDIRECT}) { edges { node { speaker { name } via { name } article { id } claims { text } hedged confidence extractor } } } }');
    expect(body.data.statements.edges[0].node).toEqual({
      speaker: { name: 'Dmitry Peskov' },
      via: [{ name: 'the Russian media' }, { name: 'UNN' }],
      article: { id: articleId },
      claims: [{ text: 'Putin will meet Alexander Lukashenko in Minsk on Thursday evening' }],
      hedged: false,
      confidence: 1,
      extractor: 'curator:ed-editor',
    });
  });

  it('marks the unattributed statement as hedged, with no speaker', async () => {
    const body = await q('{ statements(filter: {kind: UNATTRIBUTED}) { edges { node { hedged speaker { name } } } } }');
    expect(body.data.statements.edges).toEqual([{ node: { hedged: true, speaker: null } }]);
  });

  it('actor(id) shows the type-specific fields, roles and PART_OF', async () => {
    const search = await q('{ actors(search: "Center for Countering") { edges { node { id } } } }');
    const id = search.data.actors.edges[0].node.id;
    const body = await q('query($id: ID!) { actor(id: $id) { __typename name ... on Organization { partOf { name } } } }', { id });
    expect(body.data.actor).toEqual({ __typename: 'Organization', name: 'Center for Countering Disinformation', partOf: [{ name: 'National Security and Defense Council' }] });
    const peskov = await q('{ actors(search: "peskov") { edges { node { __typename roles { title of { name } } statements { totalCount } } } } }');
    expect(peskov.data.actors.edges[0].node).toEqual({ __typename: 'Person', roles: [{ title: 'press secretary', of: { name: 'Vladimir Putin' } }], statements: { totalCount: 2 } });
  });

  it('claimGraph caps depth at 3 and refuses an unknown claim', async () => {
    const claims = await q('{ claims(first: 1) { edges { node { id } } } }');
    const id = claims.data.claims.edges[0].node.id;
    const deep = await q('query($id: ID!) { claimGraph(id: $id, depth: 4) { nodes { id } } }', { id });
    expect(deep.errors[0]).toMatchObject({ message: 'depth: must be between 1 and 3', extensions: { code: 'BAD_USER_INPUT' } });
    const missing = await q('{ claimGraph(id: "nope") { nodes { id } } }');
    expect(missing.errors[0].extensions.code).toBe('NOT_FOUND');
    const three = await q('query($id: ID!) { claimGraph(id: $id, depth: 3) { nodes { id type } } }', { id });
    expect(three.data.claimGraph.nodes[0]).toMatchObject({ id, type: 'Claim' });
  });

  it('caps `first` at 100 and rejects a cursor it did not issue', async () => {
    const big = await q('{ claims(first: 101) { totalCount } }');
    expect(big.errors[0]).toMatchObject({ message: 'first: must be between 0 and 100', extensions: { code: 'BAD_USER_INPUT' } });
    const cursor = await q('{ claims(after: "bogus") { totalCount } }');
    expect(cursor.errors[0]).toMatchObject({ message: 'after: is not a cursor this API issued', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('whoSaid rejects empty text and finds nothing for unrelated words', async () => {
    expect((await q('{ whoSaid(text: " ") { score } }')).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await q('{ whoSaid(text: "zeppelin") { score } }')).data.whoSaid).toEqual([]);
  });

  it('search text with Lucene operators is taken literally, never as query syntax', async () => {
    const body = await q('{ whoSaid(text: "roads AND (reopen OR \\"x\\") ~ * ?") { speaker { name } } claims(search: "reopen)") { totalCount } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.whoSaid[0].speaker.name).toBe('Jane Smith');
  });

  it('stats honour the time window', async () => {
    const body = await q('{ stats(from: "2024-06-01T00:00:00Z") { statementsPerDay { day count } topSpeakers { actor { name } count } topOutlets { actor { name } count } } }');
    expect(body.data.stats.statementsPerDay).toEqual([
      { day: '2024-06-01', count: 1 },
      { day: '2024-06-02', count: 1 },
      { day: '2024-06-03', count: 1 },
    ]);
    expect(body.data.stats.topSpeakers).toEqual([{ actor: { name: 'Jane Smith' }, count: 3 }]);
    expect(body.data.stats.topOutlets).toEqual([{ actor: { name: 'City Paper' }, count: 3 }]);
    const bad = await q('{ stats(from: "2024-06-02T00:00:00Z", to: "2024-06-01T00:00:00Z") { statementsPerDay { day } } }');
    expect(bad.errors[0]).toMatchObject({ message: 'to: must be after from' });
  });
});
