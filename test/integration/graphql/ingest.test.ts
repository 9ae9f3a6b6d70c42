import type { TestKeys } from '../../helpers/keys';
import { startTestApi, type TestApi } from '../../helpers/api';
import type { TestServer } from '../../helpers/server';

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status statements claims newClaims actors article { id publishedAt language } }
}`;
const COUNTS = '{ articles { totalCount } statements { totalCount } claims { totalCount } actors { totalCount } }';

describe('ingestArticle', () => {
  let graph: TestApi['graph'];
  let close: () => Promise<void>;
  let server: TestServer;
  let keys: TestKeys;
  beforeAll(async () => {
    ({ graph, server, keys, close } = await startTestApi());
  });
  afterAll(() => close());

  const ingest = (input: Record<string, unknown>) => server.graphql<any>(INGEST, { input }, keys.editor);
  const counts = async () => (await server.graphql<any>(COUNTS)).body.data;

  const article = {
    text: 'The minister said that prices will fall. "We are confident," she added.',
    statements: [
      { speaker: 'Jane Roe', quote: 'prices will fall', kind: 'INDIRECT', cue: 'said' },
      { speaker: 'Jane Roe', quote: 'We are confident,', kind: 'DIRECT', cue: 'added' },
    ],
  };

  it('stores an article with its statements and says CREATED', async () => {
    const { body } = await ingest(article);
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle).toMatchObject({ status: 'CREATED', statements: 2, claims: 2, newClaims: 2, actors: 1 });
    expect(body.data.ingestArticle.article.language).toBe('en');
  });

  it('is idempotent by content hash: the same text again changes nothing and says UNCHANGED', async () => {
    const before = await counts();
    const { body } = await ingest(article);
    expect(body.data.ingestArticle).toMatchObject({ status: 'UNCHANGED', statements: 0 });
    expect(await counts()).toEqual(before);
  });

  it('treats the same text with Windows line endings as the same article', async () => {
    const text = 'Line one said X.\nLine two.';
    await ingest({ text });
    const { body } = await ingest({ text: text.replace(/\n/g, '\r\n') });
    expect(body.data.ingestArticle.status).toBe('UNCHANGED');
  });

  it('attaches a statement to an existing claim across articles, so appearances grow', async () => {
    const { body } = await ingest({
      text: 'Later, officials repeated that prices will fall.',
      publishedAt: '2024-06-01T10:00:00Z',
      statements: [{ speaker: 'Jane Roe', quote: 'prices will fall' }],
    });
    expect(body.data.ingestArticle).toMatchObject({ claims: 1, newClaims: 0 });
    const claims = await server.graphql<any>('{ claims(search: "prices will fall") { edges { node { text appearances timeline { day count } speakers { name } } } } }');
    const claim = claims.body.data.claims.edges.find((e: any) => e.node.text === 'Prices will fall').node;
    expect(claim.appearances).toBe(2);
    expect(claim.speakers).toEqual([{ name: 'Jane Roe' }]);
    expect(claim.timeline.map((d: any) => d.day)).toContain('2024-06-01');
  });

  it('resolves actors across articles by transliteration, never on a shared surname alone', async () => {
    const say = (speaker: string, text: string) =>
      ingest({ text, statements: [{ speaker, quote: text.slice(0, -1) }] });
    await say('Alexander Lukashenko', 'Sanctions are unfair.');
    await say('Oleksandr Lukashenko', 'The border is open.');
    await say('Andriy Yusov', 'Russia wants panic.');
    await say('Kirill Yusov', 'Weather is fine.');
    await say('Yusov', 'Nothing happened.');
    const names = async (search: string) =>
      (await server.graphql<any>(`{ actors(search: "${search}") { edges { node { name aliases statements { totalCount } } } } }`)).body.data.actors.edges.map((e: any) => e.node);
    expect(await names('lukashenko')).toEqual([{ name: 'Alexander Lukashenko', aliases: ['Oleksandr Lukashenko'], statements: { totalCount: 2 } }]);
    expect((await names('yusov')).map((a: any) => a.name).sort()).toEqual(['Andriy Yusov', 'Kirill Yusov', 'Yusov']);
  });

  it('tracks a claim across articles: a paraphrase merges, a near match gets SIMILAR_TO with its score', async () => {
    const claimed = (text: string, claim: string) =>
      ingest({ text, statements: [{ speaker: 'Olena Petrenko', quote: text.slice(0, 12), claim }] });
    await claimed('Border guards spoke on Monday.', 'Russian equipment is being deployed in Belarus');
    await claimed('Analysts spoke on Tuesday.', 'Russian equipment is deployed in Belarus');
    await claimed('Officials spoke on Wednesday.', 'Belarus is about to be attacked');
    await claimed('Experts spoke on Thursday.', 'Belarus poses a great threat');
    const find = async (search: string) =>
      (await server.graphql<any>(`{ claims(search: "${search}") { edges { node { text appearances similar { score claim { text } } } } } }`)).body.data.claims.edges.map((e: any) => e.node);

    const equipment = (await find('Russian equipment deployed')).filter((c: any) => /equipment/.test(c.text));
    expect(equipment).toHaveLength(1);
    expect(equipment[0].appearances).toBe(2);

    const threat = (await find('Belarus great threat')).find((c: any) => c.text === 'Belarus poses a great threat');
    expect(threat.similar).toEqual([{ score: expect.any(Number), claim: { text: 'Belarus is about to be attacked' } }]);
    expect(threat.similar[0].score).toBeGreaterThanOrEqual(0.45);
    expect(threat.similar[0].score).toBeLessThan(0.8);
  });

  it('is all or nothing: one bad statement refuses the whole article and writes none of it', async () => {
    const before = await counts();
    const { body } = await ingest({
      text: 'A fresh article. The spokesman said all is well.',
      statements: [
        { speaker: 'Spokesman', quote: 'all is well' },
        { speaker: 'Spokesman', quote: 'this sentence is not in the article' },
      ],
    });
    expect(body.errors?.[0]).toMatchObject({
      message: 'input.statements[1].quote: does not occur in the article text',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.statements[1].quote' },
    });
    expect(await counts()).toEqual(before);
  });

  it.each([
    [{ text: '   ' }, 'input.text: must not be empty'],
    [{ text: 'bin\u0000ary' }, 'input.text: looks like binary data, not text'],
    [{ text: 'x'.repeat(2_000_001) }, 'input.text: is 2000001 bytes; the limit is 2000000 (MAX_ARTICLE_BYTES)'],
    [{ text: 'Text.', language: 'English' }, 'input.language: must be a language tag such as "en" or "uk"'],
    [{ text: 'Text here.', statements: [{ speaker: 'A', span: { start: 5, end: 99 } }] }, 'input.statements[0].span: must satisfy 0 ≤ start < end ≤ 10'],
    [{ text: 'Text here.', statements: [{ quote: 'Text', kind: 'DIRECT' }] }, 'input.statements[0].speaker: is required for a DIRECT statement'],
    [{ text: 'Text here.', statements: [{ speaker: 'A', quote: 'Text', reports: 3 }] }, 'input.statements[0].reports: must be the index of another statement'],
  ])('refuses bad input with a message naming the field: %#', async (input, message) => {
    const { status, body } = await ingest(input);
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain(message);
  });

  it('refuses a malformed URL or date through the scalar types, never with a 500', async () => {
    const { status, body } = await ingest({ text: 'Another text.', url: 'not a url' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stores an article without statements when none are given and nothing is extracted', async () => {
    const { body } = await ingest({ text: 'date 2024-05-20 A plain note with nothing attributed.' });
    expect(body.data.ingestArticle).toMatchObject({ status: 'CREATED', statements: 0, article: { publishedAt: '2024-05-20T00:00:00.000Z' } });
  });
});
