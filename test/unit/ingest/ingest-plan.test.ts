import type { Extraction } from '../../../src/extraction/types';
import { planIngest, type ArticleRow } from '../../../src/ingest/ingest-plan';
import { extractedStatement } from '../../fixtures/extraction/extraction-builder';

// PolNeAR dev (Breitbart, 2016-09-12): a source that names no one, and a collective.
const TEXT = 'But a campaign operative decided to change course, a source said. Democrats said the memo.';
const at = (of: string) => ({ start: TEXT.indexOf(of), end: TEXT.indexOf(of) + of.length });

const EXTRACTION: Extraction = {
  extractor: 'fixed@1',
  language: 'en',
  publishedAt: null,
  outletKey: null,
  actors: [{ key: 'dems', type: 'GROUP', name: 'Democrats', aliases: [], mentions: [at('Democrats')], roles: [], confidence: 0.7 }],
  statements: [
    extractedStatement({
      quote: 'a campaign operative decided to change course',
      span: at('a campaign operative decided to change course'),
      sourceSpan: at('a source'),
      claimKey: 'c0',
    }),
    extractedStatement({ key: 's1', speakerKey: 'dems', quote: 'the memo', span: at('the memo'), sourceSpan: at('Democrats') }),
  ],
  claims: [{ key: 'c0', text: 'A campaign operative decided to change course', topics: [], confidence: 0.8 }],
  relations: [],
};

const article = (publishedAt: string | null): ArticleRow => ({
  id: 'article-1',
  text: TEXT,
  contentHash: 'hash',
  url: null,
  title: 'Stealth Over Health',
  author: 'Breitbart News',
  publishedAt,
  language: 'en',
  ingestedAt: '2026-12-01T10:00:00.000Z',
  extractor: 'fixed@1',
});

const plan = (publishedAt: string | null) => planIngest(EXTRACTION, article(publishedAt), { actors: new Map(), claims: new Map(), similar: [] });

describe('laying an extraction out for the graph', () => {
  it('keeps the words of a source that names no one ("a source said") on the statement, with no speaker', () => {
    const [statement] = plan(null).statements;
    expect(statement).toMatchObject({ speakerId: null, props: { sourceText: 'a source' } });
  });

  it('stores a collective ("Democrats said") as a GROUP actor and its speaker', () => {
    const result = plan(null);
    expect(result.actors[0]?.props).toMatchObject({ type: 'GROUP', name: 'Democrats' });
    expect(result.statements[1]?.speakerId).toBe(result.actors[0]?.id);
  });

  it('asserts no claim for a content that is no proposition ("Democrats said the memo")', () => {
    expect(plan(null).statements[1]?.claimId).toBeNull();
  });

  it("dates every statement, and a new claim's first sighting, with the article's publication date", () => {
    const result = plan('2016-09-12T00:00:00.000Z');
    expect(result.statements.map((s) => s.props.at)).toEqual(['2016-09-12T00:00:00.000Z', '2016-09-12T00:00:00.000Z']);
    expect(result.claims[0]?.props.firstSeenAt).toBe('2016-09-12T00:00:00.000Z');
  });

  it('falls back to the ingest time for an article without a date', () => {
    expect(plan(null).statements.map((s) => s.props.at)).toEqual(['2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z']);
  });

  it("stores the article's author", () => {
    expect(plan(null).article.author).toBe('Breitbart News');
  });
});
