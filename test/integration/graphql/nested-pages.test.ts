import type { TestKeys } from '../../helpers/keys';
import { startTestApi } from '../../helpers/api';
import type { TestServer } from '../../helpers/server';

const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }';
const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } }';

/** One note by Jane Smith per quote, published on `day`. */
const note = (i: number, day: string, quotes: string[]) => ({
  text: `Note ${i}. ${quotes.map((quote) => `Jane Smith said ${quote}.`).join(' ')}`,
  outlet: 'City Paper',
  publishedAt: `${day}T08:00:00Z`,
  statements: quotes.map((quote) => ({ speaker: 'Jane Smith', quote })),
});

/**
 * The statements of an article, a claim and an actor are paged like the top-level lists: by the
 * sort key of the last row seen, so a statement that arrives between two pages neither repeats
 * nor hides a row.
 */
describe("a parent's statements, page by page", () => {
  let close: () => Promise<void>;
  let server: TestServer;
  let keys: TestKeys;
  let ids: { claim: string; actor: string; article: string };

  const q = async (query: string, variables?: Record<string, unknown>): Promise<any> => {
    const { body } = await server.graphql<any>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  /** The query of one parent's statements page; `$id` the parent, `$first`/`$after` the page. */
  const nested: Record<keyof typeof ids, string> = {
    claim: `query($id: ID!, $first: Int, $after: String) { parent: claim(id: $id) { statements(first: $first, after: $after) { ${PAGE} } } }`,
    actor: `query($id: ID!, $first: Int, $after: String) { parent: actor(id: $id) { statements(first: $first, after: $after) { ${PAGE} } } }`,
    article: `query($id: ID!, $first: Int, $after: String) { parent: article(id: $id) { statements(first: $first, after: $after) { ${PAGE} } } }`,
  };

  const walk = async (which: keyof typeof ids, first: number): Promise<string[]> => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await q(nested[which], { id: ids[which], first, after })).parent.statements;
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge: any) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return seen;
  };

  beforeAll(async () => {
    ({ server, keys, close } = await startTestApi());
    const notes = [
      note(1, '2024-06-01', ['the roads will reopen']),
      note(2, '2024-06-03', ['the roads will reopen', 'the port is busy', 'the rail is fixed']),
      note(3, '2024-06-05', ['the roads will reopen']),
      note(4, '2024-06-07', ['the roads will reopen']),
    ];
    for (const input of notes) await server.graphql(INGEST, { input }, keys.editor);
    const found = await q('{ statements(filter: {text: "the port is busy"}) { edges { node { speaker { id } article { id } } } } }');
    const claim = await q('{ statements(filter: {text: "the roads will reopen"}, first: 1) { edges { node { claims { id } } } } }');
    ids = {
      claim: claim.statements.edges[0].node.claims[0].id,
      actor: found.statements.edges[0].node.speaker.id,
      article: found.statements.edges[0].node.article.id,
    };
  });
  afterAll(() => close());

  it.each(['claim', 'actor', 'article'] as const)("pages a %s's statements one at a time exactly as one long page lists them", async (which) => {
    const whole = (await q(nested[which], { id: ids[which], first: 100 })).parent.statements;
    expect(whole.totalCount).toBeGreaterThan(2);
    expect(await walk(which, 1)).toEqual(whole.edges.map((edge: any) => edge.node.id));
    expect(await walk(which, 2)).toEqual(whole.edges.map((edge: any) => edge.node.id));
  });

  it("lists an actor's statements as statements(filter: {speakerId}) lists them: newest first, then in reading order", async () => {
    // A second note of note 3's day: rows of one time from two articles, then of one article.
    await server.graphql(INGEST, { input: note(6, '2024-06-05', ['the ferry is late', 'the bridge is shut']) }, keys.editor);
    const quotes = (connection: any) => connection.edges.map((edge: any) => edge.node.quote);
    const own = (await q('query($id: ID!) { actor(id: $id) { statements(first: 100) { edges { node { quote } } } } }', { id: ids.actor })).actor.statements;
    const listed = (await q('query($id: ID!) { statements(filter: {speakerId: $id}, first: 100) { edges { node { quote } } } }', { id: ids.actor })).statements;
    expect(quotes(own)).toEqual(quotes(listed));
    // Note 2's three statements share their time and article: the text's order decides.
    expect(quotes(own).slice(-4)).toEqual(['the roads will reopen', 'the port is busy', 'the rail is fixed', 'the roads will reopen']);
  });

  it("continues a claim's statements right after page 1 when an older article asserting it arrives in between", async () => {
    const before = (await q(nested.claim, { id: ids.claim, first: 100 })).parent.statements.edges.map((edge: any) => edge.node.id);
    const page1 = (await q(nested.claim, { id: ids.claim, first: 2 })).parent.statements;
    // Oldest first: a backdated article lands before page 1's rows. An offset cursor would now
    // point one row earlier and repeat page 1's last statement.
    await server.graphql(INGEST, { input: note(5, '2024-05-01', ['the roads will reopen']) }, keys.editor);
    const page2 = (await q(nested.claim, { id: ids.claim, first: 2, after: page1.pageInfo.endCursor })).parent.statements;
    expect([...page1.edges, ...page2.edges].map((edge: any) => edge.node.id)).toEqual(before.slice(0, 4));
    expect(page2.totalCount).toBe(before.length + 1);
  });

  it("refuses a cursor of another parent's list, and an offset cursor of the older API, as BAD_USER_INPUT naming after", async () => {
    const articlePage = (await q(nested.article, { id: ids.article, first: 1 })).parent.statements;
    for (const after of [articlePage.pageInfo.endCursor, Buffer.from('cg1:0').toString('base64url')]) {
      const { body } = await server.graphql<any>(nested.claim, { id: ids.claim, first: 1, after });
      expect(body.errors?.[0]).toMatchObject({ path: ['parent', 'statements'], extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    }
  });
});
