import type { ExtractedActor, ExtractedStatement, Extraction, StatementKind } from '../../../src/extraction/types';
import { createServices, type Services } from '../../../src/services/services';
import { startTestApi, type TestApi } from '../../helpers/api';
import type { TestServer } from '../../helpers/server';

/**
 * What the extraction contract allows beyond named speakers and propositions: collectives as
 * GROUP actors, sources that name no one (`speakerKey: null` with a `sourceSpan`), and contents
 * that assert no claim. A fixed extraction stands in for the extractor so each case is exact;
 * the sentences are PolNeAR dev's.
 */
const TEXT = [
  'Nearly eight of 10 voters say they plan to tune in.',
  'But a campaign operative decided to change course to avoid treatment by doctors, a source said.',
  'Republicans said the credibility of the Congress was on the line in the dispute.',
  'Republicans said the timing of the immunity news was not intentional.',
  '"The memo," Paul Ryan said.',
  'Paul Ryan said the House would act.',
].join(' ');

function span(of: string, from = 0) {
  const start = TEXT.indexOf(of, from);
  if (start < 0) throw new Error(`not in the text: ${of}`);
  return { start, end: start + of.length };
}

function actor(key: string, type: ExtractedActor['type'], name: string): ExtractedActor {
  return { key, type, name, aliases: [], mentions: [span(name)], roles: [], confidence: 0.9 };
}

function statement(key: string, speakerKey: string | null, source: string, content: string, claimKey: string | null, kind: StatementKind = 'INDIRECT'): ExtractedStatement {
  const contentSpan = span(content);
  const sourceSpan = span(source, Math.max(0, TEXT.lastIndexOf('.', contentSpan.start)));
  return {
    key,
    speakerKey,
    kind,
    quote: content,
    span: contentSpan,
    fragments: [contentSpan],
    sourceSpan,
    cue: 'said',
    cueSpan: null,
    via: [],
    hedged: false,
    confidence: 0.8,
    claimKey,
  };
}

const EXTRACTION: Extraction = {
  extractor: 'fixed@1',
  language: 'en',
  publishedAt: null,
  outletKey: null,
  actors: [actor('voters', 'GROUP', 'voters'), actor('republicans', 'GROUP', 'Republicans'), actor('ryan', 'PERSON', 'Paul Ryan')],
  statements: [
    statement('s0', 'voters', 'Nearly eight of 10 voters', 'they plan to tune in', 'c0'),
    statement('s1', null, 'a source', 'a campaign operative decided to change course to avoid treatment by doctors', 'c1'),
    statement('s2', 'republicans', 'Republicans', 'the credibility of the Congress was on the line in the dispute', 'c2'),
    statement('s3', 'republicans', 'Republicans', 'the timing of the immunity news was not intentional', 'c3'),
    statement('s4', 'ryan', 'Paul Ryan', 'The memo,', null, 'DIRECT'),
    statement('s5', 'ryan', 'Paul Ryan', 'the House would act', 'c5'),
  ],
  claims: Object.entries({
    c0: 'They plan to tune in',
    c1: 'A campaign operative decided to change course',
    c2: 'The credibility of the Congress was on the line',
    c3: 'The timing of the immunity news was not intentional',
    c5: 'The House would act',
  }).map(([key, text]) => ({ key, text, topics: [], confidence: 0.8 })),
  relations: [],
};

describe('groups, sources that name no one, and statements without a claim', () => {
  let api: TestApi;
  let server: TestServer;
  let services: Services;
  const q = async (query: string, variables?: Record<string, unknown>): Promise<any> => {
    const { body } = await server.graphql<any>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    api = await startTestApi();
    server = api.server;
    services = createServices(api.graph, { maxArticleBytes: 1_000_000, extract: () => EXTRACTION });
    await services.ingest.ingest({ text: TEXT, publishedAt: new Date('2016-09-30T00:00:00Z'), outlet: 'politico' }, null);
  });
  afterAll(() => api.close());

  it('stores "voters" and "Republicans" as Group actors, listed by actors(type: GROUP)', async () => {
    const data = await q('{ actors(type: GROUP) { totalCount edges { node { __typename name type } } } }');
    expect(data.actors.edges.map((e: any) => e.node)).toEqual([
      { __typename: 'Group', name: 'Republicans', type: 'GROUP' },
      { __typename: 'Group', name: 'voters', type: 'GROUP' },
    ]);
  });

  it('answers what a group said through statements(filter: {speaker})', async () => {
    const data = await q('{ statements(filter: {speaker: "republicans"}) { totalCount edges { node { speaker { __typename name } } } } }');
    expect(data.statements.totalCount).toBe(2);
    expect(data.statements.edges[0].node.speaker).toEqual({ __typename: 'Group', name: 'Republicans' });
  });

  it('keeps "a source said" as a statement with its source text and no speaker', async () => {
    const data = await q('{ statements(filter: {text: "campaign operative"}) { edges { node { kind speaker { name } sourceText claims { text } } } } }');
    expect(data.statements.edges).toEqual([
      { node: { kind: 'INDIRECT', speaker: null, sourceText: 'a source', claims: [{ text: 'A campaign operative decided to change course' }] } },
    ]);
  });

  it('keeps the source as written for a named speaker too', async () => {
    const data = await q('{ statements(filter: {text: "tune in"}) { edges { node { speaker { name } sourceText } } } }');
    expect(data.statements.edges[0].node).toEqual({ speaker: { name: 'voters' }, sourceText: 'Nearly eight of 10 voters' });
  });

  it('keeps a statement whose content is no proposition ("The memo," Paul Ryan said) with no claim', async () => {
    const data = await q('{ statements(filter: {text: "the memo"}) { totalCount edges { node { quote speaker { name } claims { id } reports { id } } } } }');
    expect(data.statements.edges).toEqual([{ node: { quote: 'The memo,', speaker: { name: 'Paul Ryan' }, claims: [], reports: [] } }]);
    const claims = await q('{ claims { totalCount } }');
    expect(claims.claims.totalCount).toBe(5);
  });

  it("answers the article, the actor's statements and whoSaid around a statement without a claim", async () => {
    const data = await q(`{
      articles { edges { node { statements { totalCount edges { node { quote claims { id } } } } } } }
      actors(search: "Paul Ryan") { edges { node { statements { totalCount edges { node { quote claims { text } } } } } } }
      whoSaid(text: "memo") { speaker { name } statement { quote claims { id } } }
    }`);
    expect(data.articles.edges[0].node.statements.totalCount).toBe(6);
    expect(data.actors.edges[0].node.statements.totalCount).toBe(2);
    expect(data.whoSaid).toEqual([{ speaker: { name: 'Paul Ryan' }, statement: { quote: 'The memo,', claims: [] } }]);
  });

  it('orders actors(orderBy: STATEMENTS) most-quoted first, name breaking ties', async () => {
    const data = await q('{ actors(orderBy: STATEMENTS) { edges { node { name statements { totalCount } } } } }');
    expect(data.actors.edges.map((e: any) => [e.node.name, e.node.statements.totalCount])).toEqual([
      ['Paul Ryan', 2],
      ['Republicans', 2],
      ['voters', 1],
      ['Politico', 0],
    ]);
  });

  it('keeps the default actor order by name', async () => {
    const data = await q('{ actors { edges { node { name } } } }');
    expect(data.actors.edges.map((e: any) => e.node.name)).toEqual(['Paul Ryan', 'Politico', 'Republicans', 'voters']);
  });

  it('counts only persons, organizations and outlets in stats.topSpeakers', async () => {
    const data = await q('{ stats { topSpeakers { actor { name } count } } }');
    expect(data.stats.topSpeakers).toEqual([{ actor: { name: 'Paul Ryan' }, count: 2 }]);
  });

  it('draws a group in claimGraph as a Group node', async () => {
    const claim = await q('{ claims(search: "credibility of the Congress") { edges { node { id } } } }');
    const data = await q('query($id: ID!) { claimGraph(id: $id, depth: 2) { nodes { type label } } }', { id: claim.claims.edges[0].node.id });
    expect(data.claimGraph.nodes).toContainEqual({ type: 'Group', label: 'Republicans' });
  });

  it("dates every statement with its article's publication date", async () => {
    const data = await q('{ statements(first: 100) { edges { node { at } } } }');
    expect(new Set(data.statements.edges.map((e: any) => e.node.at))).toEqual(new Set(['2016-09-30T00:00:00.000Z']));
  });

  it('dates the statements of an article without a date by the time they were ingested', async () => {
    const text = 'Later, Paul Ryan said the House would act this week.';
    const quote = 'the House would act this week';
    const undated: Extraction = {
      ...EXTRACTION,
      actors: [{ ...actor('ryan', 'PERSON', 'Paul Ryan'), mentions: [] }],
      claims: [{ key: 'c', text: 'The House would act this week', topics: [], confidence: 0.8 }],
      statements: [
        {
          ...statement('s', 'ryan', 'Paul Ryan', 'the House would act', 'c'),
          quote,
          span: { start: text.indexOf(quote), end: text.indexOf(quote) + quote.length },
          fragments: [],
          sourceSpan: { start: 7, end: 16 },
        },
      ],
    };
    const before = new Date().toISOString();
    const ingestUndated = createServices(api.graph, { maxArticleBytes: 1_000_000, extract: () => undated }).ingest;
    const { articleId } = await ingestUndated.ingest({ text }, null);
    const data = await q('query($id: ID!) { article(id: $id) { publishedAt ingestedAt statements { edges { node { at sourceText } } } } }', { id: articleId });
    expect(data.article.publishedAt).toBeNull();
    expect(data.article.ingestedAt >= before).toBe(true);
    expect(data.article.statements.edges).toEqual([{ node: { at: data.article.ingestedAt, sourceText: 'Paul Ryan' } }]);
  });
});
