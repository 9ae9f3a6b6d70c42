import type { TestKeys } from '../../helpers/keys';
import { startTestApi, type TestApi } from '../../helpers/api';
import type { TestServer } from '../../helpers/server';
import { articleRepository } from '../../../src/repositories/article.repository';
import { statementRepository, type StatementFilterParams } from '../../../src/repositories/statement.repository';
import { TYPED } from '../../../src/model/selected-fields';

const NO_FILTER: StatementFilterParams = {
  speaker: null, speakerTerms: null, speakerId: null, outlet: null, articleId: null, claimId: null,
  text: null, textTerms: null, kind: null, from: null, to: null,
};
const EVERYTHING = { speaker: true, via: true, article: true, outlet: true, claims: false, relations: false };

/** Every field of the read path's types, so an answer holds every property a record can carry. */
const FULL_ACTOR = 'id type name aliases description ... on Organization { kind } ... on Outlet { domain collective }';
const FULL_ARTICLE = `id url title author publishedAt language contentHash ingestedAt outlet { ${FULL_ACTOR} }`;
const FULL_STATEMENT = `id quote kind cue hedged confidence extractor span { start end } at sourceText curatedBy curatedAt speaker { ${FULL_ACTOR} } via { ${FULL_ACTOR} } article { ${FULL_ARTICLE} }`;

/** The part of `full` that `few` selects: what a request selecting fewer fields must answer. */
function restrict(full: any, few: any): any {
  if (Array.isArray(few)) return few.map((item, i) => restrict(full[i], item));
  if (few === null || typeof few !== 'object') return full;
  return Object.fromEntries(Object.keys(few).map((key) => [key, restrict(full[key], few[key])]));
}

/**
 * Records read for a request hold only the properties it selects (and the keys the code needs:
 * sort keys for cursors, the article id, an actor's type), sent to Neo4j as parameters, so the
 * query text never changes; the answers are those of a full read.
 */
describe('reading only the selected properties', () => {
  let graph: TestApi['graph'];
  let close: () => Promise<void>;
  let server: TestServer;
  let speakerId: string;
  let articleId: string;
  beforeAll(async () => {
    let keys: TestKeys;
    ({ graph, server, keys, close } = await startTestApi());
    for (let i = 0; i < 4; i++) {
      await server.graphql(
        'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }',
        {
          input: {
            text: `Report ${i}. Minister Vale said that tariffs ${i} help. Critic ${i} said that tariffs ${i} hurt.`,
            title: `Report ${i}`,
            url: `https://example.org/report-${i}`,
            outlet: 'Daily Ledger',
            publishedAt: `2024-03-0${i + 1}T10:00:00Z`,
            statements: [
              { speaker: 'Minister Vale', quote: `tariffs ${i} help`, chain: ['Wire Service'] },
              { speaker: `Critic ${i}`, quote: `tariffs ${i} hurt` },
            ],
          },
        },
        keys.editor,
      );
    }
    const { body } = await server.graphql<any>('{ actors(search: "Minister Vale") { edges { node { id } } } articles(first: 1) { edges { node { id } } } }');
    speakerId = body.data.actors.edges[0].node.id;
    articleId = body.data.articles.edges[0].node.id;
  });
  afterAll(() => close());

  it('gives a statements page selecting `id quote` records of exactly those properties and the id of the article read along', async () => {
    const rows = await statementRepository.list(graph, { ...NO_FILTER, speakerId }, { after: null, limit: 10 }, EVERYTHING, new Set(['statements', 'edges', 'node', 'id', 'quote', 'article', 'title', 'via', 'name', 'outlet']));
    expect(rows).toHaveLength(4);
    for (const { statement, context } of rows) {
      expect(Object.keys(statement)).toEqual(['id', 'quote', 'articleId']);
      expect(statement.articleId).toBe(context!.article!.id);
      expect(Object.keys(context!.article!)).toEqual(['id', 'title']);
      for (const actor of [...context!.via!, ...context!.outlets!, ...context!.speakers!]) expect(Object.keys(actor)).toEqual(['id', 'name', 'type']);
    }
  });

  it('reads the sort key only when the request reads a cursor', async () => {
    const fields = ['statements', 'edges', 'node', 'id', 'quote'];
    const bare = { ...EVERYTHING, article: false, outlet: false };
    const [without] = await statementRepository.list(graph, { ...NO_FILTER, speakerId }, { after: null, limit: 1 }, bare, new Set(fields));
    expect(Object.keys(without!.statement)).toEqual(['id', 'quote']);
    for (const cursor of ['cursor', 'startCursor', 'endCursor']) {
      const [row] = await statementRepository.list(graph, { ...NO_FILTER, speakerId }, { after: null, limit: 1 }, bare, new Set([...fields, cursor]));
      expect(Object.keys(row!.statement)).toEqual(['id', 'quote', 'start', 'articleId', 'at']);
    }
  });

  it("reads a field's property only for the type it is selected on: a statement's kind reads no actor's kind", async () => {
    const selected = new Set([TYPED, 'statements', 'edges', 'node', 'id', 'kind', 'Statement.kind', 'via', 'Statement.via', 'name', 'Actor.name']);
    const [row] = await statementRepository.list(graph, { ...NO_FILTER, speakerId }, { after: null, limit: 1 }, { ...EVERYTHING, speaker: false, article: false, outlet: false }, selected);
    expect(Object.keys(row!.statement)).toEqual(['id', 'kind']);
    for (const actor of row!.context!.via!) expect(Object.keys(actor)).toEqual(['id', 'name', 'type']);
  });

  it('reads one row more than the page only when the request asks for hasNextPage', async () => {
    const fields = ['statements', 'edges', 'node', 'id'];
    expect(await statementRepository.list(graph, { ...NO_FILTER, speakerId }, { after: null, limit: 2 }, EVERYTHING, new Set(fields))).toHaveLength(2);
    expect(await statementRepository.list(graph, { ...NO_FILTER, speakerId }, { after: null, limit: 2 }, EVERYTHING, new Set([...fields, 'hasNextPage']))).toHaveLength(3);
  });

  it('gives every property when no selection is passed (the default of other callers)', async () => {
    const [row] = await statementRepository.list(graph, { ...NO_FILTER, speakerId }, { after: null, limit: 1 }, EVERYTHING);
    expect(Object.keys(row!.statement).sort()).toEqual(['articleId', 'at', 'confidence', 'createdAt', 'cue', 'curatedAt', 'curatedBy', 'end', 'extractor', 'hedged', 'id', 'kind', 'quote', 'sourceText', 'sourceStart', 'sourceEnd', 'cueStart', 'cueEnd', 'start'].sort());
    expect(row!.context!.speakers![0]).toMatchObject({ name: 'Minister Vale', type: 'PERSON', collective: false, aliases: expect.any(Array) });
  });

  it('reads neither the speaker nor the outlet of a page that selects neither', async () => {
    const [row] = await statementRepository.list(graph, { ...NO_FILTER, speakerId }, { after: null, limit: 1 }, { ...EVERYTHING, speaker: false, outlet: false }, new Set(['id', 'article', 'via']));
    expect(row!.context).toMatchObject({ speakers: null, outlets: null, article: { id: expect.any(String) } });
    expect(Object.keys(row!.context!.article!)).toEqual(['id']);
  });

  it("leaves an article's text out unless the request selects it", async () => {
    const without = await articleRepository.findWithContext(graph, articleId, true, null, new Set(['article', 'id', 'title', 'outlet', 'name']));
    expect(Object.keys(without!.article)).toEqual(['id', 'title']);
    const withText = await articleRepository.findWithContext(graph, articleId, true, null, new Set(['article', 'id', 'text', 'outlet', 'name']));
    expect(withText!.article.text).toMatch(/^Report \d\./);
  });

  it('answers a statements page selecting few fields as the same page selecting every field', async () => {
    const few = 'id quote span { end } article { title outlet { name } } via { name }';
    const query = (fields: string) => `query($id: ID!) { statements(filter: {speakerId: $id}, first: 3) { pageInfo { endCursor } edges { cursor node { ${fields} } } } }`;
    const small = await server.graphql<any>(query(few), { id: speakerId });
    const large = await server.graphql<any>(query(FULL_STATEMENT), { id: speakerId });
    expect(small.body.errors).toBeUndefined();
    expect(large.body.errors).toBeUndefined();
    expect(small.body.data).toEqual(restrict(large.body.data, small.body.data));
    expect(small.body.data.statements.edges[0].node.article.outlet.name).toBe('Daily Ledger');
  });

  it('answers whoSaid selecting few fields as whoSaid selecting every field', async () => {
    const query = (fields: string) => `{ whoSaid(text: "tariffs help", first: 5) { ${fields} } }`;
    const small = await server.graphql<any>(query('speaker { name } statement { quote } article { title }'));
    expect(small.body.errors).toBeUndefined();
    const large = await server.graphql<any>(query(`score speaker { ${FULL_ACTOR} } statement { ${FULL_STATEMENT} } article { ${FULL_ARTICLE} } via { ${FULL_ACTOR} }`));
    expect(large.body.errors).toBeUndefined();
    expect(small.body.data.whoSaid.length).toBeGreaterThan(0);
    expect(small.body.data).toEqual(restrict(large.body.data, small.body.data));
  });

  it('answers a field another path of the same request reads from a record primed by a narrower one', async () => {
    // The page primes the per-request article and actor loaders with the records it read; the
    // top-level article(id) and actor(id) then come from those loaders, with their own fields.
    const { body } = await server.graphql<any>(
      `query($speakerId: ID!, $articleId: ID!) {
        statements(filter: {speakerId: $speakerId}, first: 4) { edges { node { article { id } speaker { id } } } }
        article(id: $articleId) { id url author language contentHash }
        actor(id: $speakerId) { id name aliases }
      }`,
      { speakerId, articleId },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.article).toMatchObject({ id: articleId, url: expect.stringMatching(/^https:\/\/example\.org\/report-\d$/), language: expect.any(String), contentHash: expect.any(String) });
    expect(body.data.actor).toMatchObject({ id: speakerId, name: 'Minister Vale', aliases: expect.any(Array) });
  });
});
