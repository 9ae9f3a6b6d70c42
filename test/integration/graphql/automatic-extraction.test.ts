import type { TestKeys } from '../../helpers/keys';
import { startTestApi, type TestApi } from '../../helpers/api';
import type { TestServer } from '../../helpers/server';
import { referenceText } from '../../fixtures/reference-article';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes are asserted, not typed

const STATEMENT_FIELDS = 'id quote kind cue hedged confidence extractor span { start end } speaker { name type } via { name } claims { text counters { text } counteredBy { text } } reports { quote speaker { name } }';

/**
 * DOMAIN.md's reference article ingested as plain text: the automatic extractor must give the
 * table's ten rows, the entity merges, and answers to the five questions through GraphQL.
 */
describe('the reference article through automatic extraction', () => {
  let graph: TestApi['graph'];
  let close: () => Promise<void>;
  let server: TestServer;
  let statements: Json[];
  let text: string;

  const q = async (query: string, variables?: Record<string, unknown>): Promise<Json> => {
    const { body } = await server.graphql<Json>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const row = (speaker: string | null, quoteStart: string): Json => {
    const found = statements.find((s) => (s.speaker?.name ?? null) === speaker && s.quote.replace(/^["“]/, '').startsWith(quoteStart));
    if (!found) throw new Error(`no statement by ${speaker} starting "${quoteStart}"`);
    return found;
  };

  beforeAll(async () => {
    let keys: TestKeys;
    ({ graph, server, keys, close } = await startTestApi());
    text = referenceText();
    const ingest = await server.graphql<Json>(
      'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status extractor article { id publishedAt outlet { name } } } }',
      { input: { text } },
      keys.editor,
    );
    expect(ingest.body.errors).toBeUndefined();
    const { article } = ingest.body.data.ingestArticle;
    expect(article.publishedAt).toBe('2024-05-23T00:00:00.000Z');
    expect(article.outlet).toEqual({ name: 'UNN' });
    statements = (await q(`query($id: ID) { statements(filter: {articleId: $id}, first: 100) { edges { node { ${STATEMENT_FIELDS} } } } }`, { id: article.id }))
      .statements.edges.map((e: Json) => e.node);
  });
  afterAll(() => close());

  it('keeps the exact span of every statement and the extractor that made it', () => {
    for (const s of statements) {
      expect(text.slice(s.span.start, s.span.end)).toBe(s.quote);
      expect(s.extractor).toMatch(/^claimgraph-pipeline@/);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('row 1: Peskov, INDIRECT, heard via the Russian media then UNN', () => {
    const s = row('Dmitry Peskov', 'On Thursday evening, he will meet');
    expect(s.kind).toBe('INDIRECT');
    expect(s.via.map((a: Json) => a.name)).toEqual(['the Russian media', 'UNN']);
  });

  it('row 2: Peskov, DIRECT', () => {
    expect(row('Dmitry Peskov', 'Today the two presidents will communicate').kind).toBe('DIRECT');
  });

  it('row 3: the Kremlin press service, ACCORDING_TO', () => {
    expect(row('the Kremlin press service', 'Putin will visit Belarus on May 23-24').kind).toBe('ACCORDING_TO');
  });

  it('row 4: "the statement" resolves to the Kremlin press service, DIRECT', () => {
    expect(row('the Kremlin press service', 'During the talks, it is planned').kind).toBe('DIRECT');
  });

  it('rows 5 and 6: Lukashenko’s press service, MIXED, the second a cue-less continuation', () => {
    expect(row("Lukashenko's press service", 'the parties would discuss').kind).toBe('MIXED');
    expect(row("Lukashenko's press service", 'They will talk about').kind).toBe('MIXED');
  });

  it('row 7: unattributed and hedged ("reportedly")', () => {
    const s = row(null, 'The dictators will also reportedly discuss');
    expect(s).toMatchObject({ kind: 'UNATTRIBUTED', hedged: true });
  });

  it('row 8: Kovalenko, INDIRECT, countering the equipment and Belarus-threat claims', () => {
    const s = row('Andriy Kovalenko', 'Ukraine has control over the situation on the border');
    expect(s.kind).toBe('INDIRECT');
    const countered = s.claims.flatMap((c: Json) => c.counters.map((x: Json) => x.text.toLowerCase()));
    expect(countered).toEqual(expect.arrayContaining([expect.stringMatching(/russian equipment .*deployed.* belarus/), expect.stringMatching(/belarus poses a great threat/)]));
  });

  it('row 9: Yusov, ACCORDING_TO, reporting Russia’s "Belarus is about to attack" and countering the threat claim', () => {
    const s = row('Andriy Yusov', 'every week Russia is seriously working');
    expect(s.kind).toBe('ACCORDING_TO');
    expect(s.reports).toEqual([{ quote: expect.stringMatching(/^Belarus is about to be .attacked/), speaker: { name: 'Russia' } }]);
    const countered = s.claims.flatMap((c: Json) => c.counters.map((x: Json) => x.text.toLowerCase()));
    expect(countered).toEqual(expect.arrayContaining([expect.stringMatching(/belarus poses a great threat/)]));
  });

  it('row 10: Yusov, INDIRECT, a cue-less continuation', () => {
    expect(row('Andriy Yusov', "Russia's goal is to create panic").kind).toBe('INDIRECT');
  });

  it('merges every spelling into one actor each', async () => {
    const actor = async (search: string): Promise<Json[]> =>
      (await q('query($s: String) { actors(search: $s, first: 100) { edges { node { name aliases type } } } }', { s: search })).actors.edges.map((e: Json) => e.node);
    const one = async (search: string, name: string, aliases: string[] = []) => {
      const found = (await actor(search)).filter((a) => a.name === name || a.aliases.includes(search));
      expect(found).toHaveLength(1);
      expect(found[0].name).toBe(name);
      expect(found[0].aliases).toEqual(expect.arrayContaining(aliases));
    };
    await one('Putin', 'Vladimir Putin', ['Vladimir', 'Putin']);
    await one('Lukashenko', 'Alexander Lukashenko', ['Oleksandr Lukashenko', 'Lukashenko']);
    await one('Peskov', 'Dmitry Peskov');
    await one('Kovalenko', 'Andriy Kovalenko');
    await one('Yusov', 'Andriy Yusov');
    expect((await actor('Kremlin press service')).map((a) => a.name)).toEqual(['the Kremlin press service']);
    expect((await actor('UNN')).map((a) => a.name)).toEqual(['UNN']);
    expect((await actor('Russian media')).map((a) => [a.name, a.type])).toEqual([['the Russian media', 'OUTLET']]);
  });

  it('ties roles and organizations together: Kovalenko heads the Center, part of the Council', async () => {
    // Organization names may keep their leading article ("the Center …"); the test ignores it.
    const roleOf = async (search: string) => {
      const data = await q('query($s: String) { actors(search: $s) { edges { node { roles { title of { name ... on Organization { partOf { name } } } } } } } }', { s: search });
      const [role] = data.actors.edges[0].node.roles;
      const bare = (name: string) => name.replace(/^the /, '');
      return { title: role.title, of: bare(role.of.name), partOf: role.of.partOf.map((p: Json) => bare(p.name)) };
    };
    expect(await roleOf('Kovalenko')).toEqual({ title: 'head', of: 'Center for Countering Disinformation', partOf: ['National Security and Defense Council'] });
    expect(await roleOf('Yusov')).toEqual({ title: 'representative', of: 'Main Intelligence Directorate', partOf: ['Defense Ministry'] });
  });

  it('answers the five questions', async () => {
    const who = await q('{ whoSaid(text: "premature horror stories", first: 1) { speaker { name } } }');
    expect(who.whoSaid[0].speaker.name).toBe('Andriy Kovalenko');

    const yusov = await q('{ statements(filter: {speaker: "Yusov"}) { edges { node { quote } } } }');
    expect(yusov.statements.edges.map((e: Json) => e.node.quote)).toEqual(
      expect.arrayContaining([expect.stringContaining('every week Russia'), expect.stringContaining("Russia's goal")]),
    );

    const threat = await q('{ claims(search: "Belarus poses a great threat", first: 1) { edges { node { text counteredBy { speakers { name } } } } } }');
    const counterSpeakers = threat.claims.edges[0].node.counteredBy.flatMap((c: Json) => c.speakers.map((s: Json) => s.name));
    expect(new Set(counterSpeakers)).toEqual(new Set(['Andriy Kovalenko', 'Andriy Yusov']));

    const peskov = await q('{ statements(filter: {speaker: "Peskov", kind: INDIRECT}) { edges { node { via { name } } } } }');
    expect(peskov.statements.edges[0].node.via.map((a: Json) => a.name)).toEqual(['the Russian media', 'UNN']);

    const luka = await q('{ actors(search: "Lukashenko", type: PERSON) { edges { node { name aliases } } } }');
    expect(luka.actors.edges[0].node.aliases).toEqual(expect.arrayContaining(['Oleksandr Lukashenko', 'Lukashenko']));
  });
});

describe('automatic extraction on awkward input', () => {
  let graph: TestApi['graph'];
  let close: () => Promise<void>;
  let server: TestServer;
  let editor: Record<string, string>;
  beforeAll(async () => {
    let keys: TestKeys;
    ({ graph, server, keys, close } = await startTestApi({ MAX_ARTICLE_BYTES: '6000000' }));
    editor = keys.editor;
  });
  afterAll(() => close());

  const ingest = async (text: string): Promise<Json> =>
    (await server.graphql<Json>('mutation($t: String!) { ingestArticle(input: {text: $t}) { status statements } }', { t: text }, editor)).body;

  it('stores a text with no sentences, and nothing attributed, with no statements', async () => {
    expect((await ingest('12345 67890 ---')).data.ingestArticle).toEqual({ status: 'CREATED', statements: 0 });
  });

  it('stores a non-English text without crashing', async () => {
    const body = await ingest('Песков заявил, что визит состоится. «Это важно», — сказал он.');
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.status).toBe('CREATED');
  });

  it('refuses a 5 MB text with a clear message about its length, never a crash', async () => {
    const body = await ingest('The minister said that it works. '.repeat(160_000));
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/^input\.text: .*characters/);
  });
});
