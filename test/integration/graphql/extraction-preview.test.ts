import { startTestApi, type TestApi } from '../../helpers/api';
import { countOf } from '../../helpers/graph';
import { referenceText } from '../../fixtures/reference-article';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes are asserted, not typed

const ACTOR = 'key name type';
const SPAN = 'start end text';
const PREVIEW = `previewExtraction(text: $text, outlet: $outlet) {
  extractor language publishedAt outlet { name type }
  statements {
    key kind quote hedged confidence extractor reportsKey
    content { ${SPAN} } fragments { ${SPAN} } source { ${SPAN} } cue { ${SPAN} }
    speaker { ${ACTOR} } via { ${ACTOR} }
    claim { key text counters { key text cue } supports { text } }
  }
  actors { ${ACTOR} aliases mentions { ${SPAN} } }
  claims { key text }
}`;
const QUERY = `query($text: String!, $outlet: String) { ${PREVIEW} }`;
const MAX_ARTICLE_BYTES = 20_000;

/**
 * The paste-an-article page asks what ingesting a text would store before it stores it: the
 * same extraction as ingestArticle's automatic path, written nowhere.
 */
describe('previewExtraction', () => {
  let api: TestApi;
  let text: string;
  let preview: Json;
  const nodes = () => countOf(api.graph, 'MATCH (n) RETURN count(n)');
  const statementBy = (speaker: string | null, start: string): Json => {
    const found = preview.statements.find((s: Json) => (s.speaker?.name ?? null) === speaker && s.quote.replace(/^["“]/, '').startsWith(start));
    if (!found) throw new Error(`no statement by ${speaker} starting "${start}"`);
    return found;
  };

  const ask = async (given: string, headers: Record<string, string> = {}, outlet?: string): Promise<Json> =>
    (await api.server.graphql<Json>(QUERY, { text: given, outlet }, headers)).body;

  beforeAll(async () => {
    api = await startTestApi({ MAX_ARTICLE_BYTES: String(MAX_ARTICLE_BYTES) });
    text = referenceText();
    const body = await ask(text, api.keys.editor);
    expect(body.errors).toBeUndefined();
    preview = body.data.previewExtraction;
  });
  afterAll(() => api.close());

  it('writes nothing to the graph', async () => {
    const before = await nodes();
    const body = await ask(`${text}\nAnother paragraph, the minister said.`, api.keys.editor);
    expect(body.errors).toBeUndefined();
    expect(await nodes()).toBe(before);
    expect(await countOf(api.graph, 'MATCH (n) WHERE n:Article OR n:Statement OR n:Claim OR n:Actor RETURN count(n)')).toBe(0);
  });

  it('gives every span with its offsets and the exact text between them', () => {
    expect(preview.statements.length).toBeGreaterThanOrEqual(10);
    for (const s of preview.statements) {
      for (const span of [s.content, ...s.fragments, s.source, s.cue].filter(Boolean)) {
        expect(text.slice(span.start, span.end)).toBe(span.text);
      }
      expect(s.content.text).toBe(s.quote);
      expect(s.extractor).toBe(preview.extractor);
    }
  });

  it('lists statements in reading order', () => {
    const starts = preview.statements.map((s: Json) => s.content.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('resolves speakers and chains within the article: Peskov, via the Russian media then UNN', () => {
    const s = statementBy('Dmitry Peskov', 'On Thursday evening, he will meet');
    expect(s.kind).toBe('INDIRECT');
    expect(s.speaker.type).toBe('PERSON');
    expect(s.source.text).toBe("Putin's press secretary Dmitry Peskov");
    expect(s.cue.text).toBe('said');
    expect(s.via.map((a: Json) => a.name)).toEqual(['the Russian media', 'UNN']);
    expect(preview.outlet).toEqual({ name: 'UNN', type: 'OUTLET' });
    expect(preview.publishedAt).toBe('2024-05-23');
  });

  it('gives each statement its claim and the claims it counters: Kovalenko’s "premature horror stories"', () => {
    const s = statementBy('Andriy Kovalenko', 'Ukraine has control over the situation on the border');
    expect(s.claim.counters.map((c: Json) => c.text.toLowerCase())).toEqual(
      expect.arrayContaining([expect.stringMatching(/russian equipment .*deployed.* belarus/), expect.stringMatching(/belarus poses a great threat/)]),
    );
    const claimKeys = new Set(preview.claims.map((c: Json) => c.key));
    for (const countered of s.claim.counters) expect(claimKeys.has(countered.key)).toBe(true);
  });

  it('keeps nested speech: Yusov’s statement reports Russia’s "Belarus is about to be attacked"', () => {
    const russia = statementBy('Russia', 'Belarus is about to be');
    expect(statementBy('Andriy Yusov', 'every week Russia is seriously working').reportsKey).toBe(russia.key);
  });

  it('tells an unattributed, hedged statement apart', () => {
    expect(statementBy(null, 'The dictators will also reportedly discuss')).toMatchObject({ kind: 'UNATTRIBUTED', hedged: true, speaker: null });
  });

  it('previews what ingestArticle then stores: the same statements, speakers, kinds and spans', async () => {
    const outlet = 'The New York Times';
    const pre = await ask(text, api.keys.editor, outlet);
    expect(pre.data.previewExtraction.outlet).toEqual({ name: outlet, type: 'OUTLET' });
    const ingested = await api.server.graphql<Json>(
      'mutation($text: String!, $outlet: String) { ingestArticle(input: {text: $text, outlet: $outlet}) { article { statements(first: 100) { edges { node { quote kind span { start end } speaker { name } via { name } } } } } } }',
      { text, outlet },
      api.keys.editor,
    );
    expect(ingested.body.errors).toBeUndefined();
    const stored = ingested.body.data.ingestArticle.article.statements.edges.map(({ node }: Json) => ({
      quote: node.quote,
      kind: node.kind,
      start: node.span.start,
      end: node.span.end,
      speaker: node.speaker?.name ?? null,
      via: node.via.map((a: Json) => a.name),
    }));
    const previewed = pre.data.previewExtraction.statements.map((s: Json) => ({
      quote: s.quote,
      kind: s.kind,
      start: s.content.start,
      end: s.content.end,
      speaker: s.speaker?.name ?? null,
      via: s.via.map((a: Json) => a.name),
    }));
    const order = (rows: Json[]) => [...rows].sort((a, b) => a.start - b.start || a.end - b.end);
    expect(order(stored)).toEqual(order(previewed));
  });

  it('needs an editor’s key, as ingestArticle does', async () => {
    const anonymous = await ask(text);
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const factChecker = await ask(text, api.keys.factChecker);
    expect(factChecker.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(factChecker.errors[0].message).toMatch(/previewExtraction needs role EDITOR/);
  });

  it('refuses a text over MAX_ARTICLE_BYTES, naming the `text` argument', async () => {
    const body = await ask('x'.repeat(MAX_ARTICLE_BYTES + 1), api.keys.editor);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(body.errors[0].message).toMatch(/^text: is 20001 bytes; the limit is 20000/);
  });

  it('refuses an empty text and binary data, naming the `text` argument', async () => {
    for (const bad of ['  \n', 'PK\u0003\u0004\u0000\u0000binary']) {
      const body = await ask(bad, api.keys.editor);
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    }
  });
});
