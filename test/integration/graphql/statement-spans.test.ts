import { loadMigrations } from '../../../src/db/migrations';
import { startTestApi, type TestApi } from '../../helpers/api';
import { runCypher } from '../../helpers/graph';
import type { TestKeys } from '../../helpers/keys';
import type { TestServer } from '../../helpers/server';
import { referenceCuratedInput, referenceText } from '../../fixtures/reference-article';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes are asserted, not typed

const SPANS = 'id quote cue sourceText span { start end } sourceSpan { start end } cueSpan { start end } speaker { id name }';

/**
 * Every statement points back to the exact words it came from: its content (`span`), where the
 * article names its source (`sourceSpan`) and its cue (`cueSpan`), all offsets into the
 * article's text, read with the statement in the same query by every path that lists statements.
 */
describe('the spans a statement came from', () => {
  let graph: TestApi['graph'];
  let server: TestServer;
  let keys: TestKeys;
  let close: () => Promise<void>;
  let text: string;
  let articleId: string;
  let statements: Json[];

  const q = async (query: string, variables?: Record<string, unknown>, key?: Record<string, string>): Promise<Json> => {
    const { body } = await server.graphql<Json>(query, variables, key);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const slice = (span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);
  const by = (speaker: string, quoteStart: string): Json => {
    const found = statements.find((s) => s.speaker?.name === speaker && s.quote.replace(/^["“]/, '').startsWith(quoteStart));
    if (!found) throw new Error(`no statement by ${speaker} starting "${quoteStart}"`);
    return found;
  };
  const listArticle = async (): Promise<Json[]> =>
    (await q(`query($id: ID) { statements(filter: {articleId: $id}, first: 100) { edges { node { ${SPANS} } } } }`, { id: articleId })).statements.edges.map(
      (e: Json) => e.node,
    );

  beforeAll(async () => {
    ({ graph, server, keys, close } = await startTestApi());
    text = referenceText();
    const ingested = await q('mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }', { input: { text } }, keys.editor);
    articleId = ingested.ingestArticle.article.id;
    statements = await listArticle();
  });
  afterAll(() => close());

  it('slices Peskov’s name and "said" out of the article for his indirect statement', () => {
    const s = by('Dmitry Peskov', 'On Thursday evening, he will meet');
    expect(slice(s.sourceSpan)).toBe("Putin's press secretary Dmitry Peskov");
    expect(slice(s.cueSpan)).toBe('said');
    expect(s.cueSpan.start).toBeGreaterThan(s.sourceSpan.end);
  });

  it('slices "Peskov" and "said" after his direct quote', () => {
    const s = by('Dmitry Peskov', 'Today the two presidents will communicate');
    expect(slice(s.sourceSpan)).toBe('Peskov');
    expect(slice(s.cueSpan)).toBe('said');
    expect(s.sourceSpan.start).toBeGreaterThan(s.span.end);
  });

  it('slices Kovalenko’s title and name, and his "said"', () => {
    const s = by('Andriy Kovalenko', 'Ukraine has control over the situation');
    expect(slice(s.sourceSpan)).toMatch(/^The head of the Center for Countering Disinformation .*Andriy Kovalenko/);
    expect(slice(s.cueSpan)).toBe('said');
  });

  it('slices "According to" before the Kremlin press service', () => {
    const s = by('the Kremlin press service', 'Putin will visit Belarus');
    expect(slice(s.sourceSpan)).toBe('the Kremlin press service');
    expect(slice(s.cueSpan)).toBe('According to');
  });

  it('keeps the source span’s words as sourceText and the cue span’s words as cue, for every statement', () => {
    for (const s of statements) {
      expect(slice(s.sourceSpan)).toBe(s.sourceText);
      expect(slice(s.cueSpan)).toBe(s.cue);
    }
  });

  it('answers null for a cue-less continuation and for a statement with no source', () => {
    const continuation = by("Lukashenko's press service", 'They will talk about');
    expect(continuation.cueSpan).toBeNull();
    const unattributed = statements.find((s) => s.speaker === null);
    expect(unattributed).toBeDefined();
    expect(unattributed.sourceSpan).toBeNull();
  });

  it('answers the same spans through every path that reads a statement', async () => {
    const peskov = by('Dmitry Peskov', 'Today the two presidents will communicate');
    const expected = { sourceSpan: peskov.sourceSpan, cueSpan: peskov.cueSpan };
    const pick = (s: Json) => ({ sourceSpan: s.sourceSpan, cueSpan: s.cueSpan });
    const data = await q(
      `query($id: ID!, $article: ID!, $speaker: ID!) {
        statement(id: $id) { sourceSpan { start end } cueSpan { start end } claims { statements { edges { node { id sourceSpan { start end } cueSpan { start end } } } } } }
        article(id: $article) { statements(first: 100) { edges { node { id sourceSpan { start end } cueSpan { start end } } } } }
        actor(id: $speaker) { statements { edges { node { id sourceSpan { start end } cueSpan { start end } } } } }
        statements(filter: {speakerId: $speaker}) { edges { node { id sourceSpan { start end } cueSpan { start end } } } }
        whoSaid(text: "two presidents will communicate") { statement { id sourceSpan { start end } cueSpan { start end } } }
      }`,
      { id: peskov.id, article: articleId, speaker: peskov.speaker.id },
    );
    const inList = (edges: Json[]) => pick(edges.map((e: Json) => e.node).find((n: Json) => n.id === peskov.id));
    expect(pick(data.statement)).toEqual(expected);
    expect(inList(data.statement.claims[0].statements.edges)).toEqual(expected);
    expect(inList(data.article.statements.edges)).toEqual(expected);
    expect(inList(data.actor.statements.edges)).toEqual(expected);
    expect(inList(data.statements.edges)).toEqual(expected);
    expect(pick(data.whoSaid.find((a: Json) => a.statement.id === peskov.id).statement)).toEqual(expected);
  });

  it('answers null spans, not an error, for a graph stored before spans were kept; migration 0008 restores the source spans from MADE', async () => {
    await runCypher(graph, 'MATCH (s:Statement) REMOVE s.sourceStart, s.sourceEnd, s.cueStart, s.cueEnd');
    const old = await listArticle();
    expect(old.every((s) => s.sourceSpan === null && s.cueSpan === null)).toBe(true);

    const migration = loadMigrations().find((m) => m.version === '0008');
    if (!migration) throw new Error('migration 0008 is missing');
    for (const statement of migration.statements) await runCypher(graph, statement);

    const backfilled = await listArticle();
    for (const s of backfilled) {
      const fresh = statements.find((f) => f.id === s.id);
      // MADE holds the source span of statements with a speaker; one that names no actor has no MADE.
      expect(s.sourceSpan).toEqual(s.speaker ? fresh.sourceSpan : null);
      expect(s.cueSpan).toBeNull();
    }
    expect(backfilled.filter((s) => s.sourceSpan !== null).length).toBeGreaterThan(5);
  });

  it('has no source or cue span for a curated statement, which names its speaker but not where the article does', async () => {
    const curated = await q(
      'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { statements(first: 100) { edges { node { sourceSpan { start end } cueSpan { start end } } } } } } }',
      { input: { ...referenceCuratedInput(), text: `${referenceText()}\n` } },
      keys.editor,
    );
    const nodes = curated.ingestArticle.article.statements.edges.map((e: Json) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: Json) => n.sourceSpan === null && n.cueSpan === null)).toBe(true);
  });
});
