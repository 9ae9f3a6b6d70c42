import { GraphTopic } from '../../../src/events/graph-events';
import type { Extraction } from '../../../src/extraction/types';
import { planIngest, type ArticleRow } from '../../../src/ingest/ingest-plan';
import { planEvents } from '../../../src/ingest/plan-events';

// The reference article's first sentence and Kovalenko's counterclaim, shortened.
const TEXT = 'Peskov said the visit is planned, according to the Russian media, UNN reports. Kovalenko said the threat talk is horror stories.';
const at = (of: string) => ({ start: TEXT.indexOf(of), end: TEXT.indexOf(of) + of.length });
const actor = (key: string, type: 'PERSON' | 'OUTLET', name: string, aliases: string[] = []) => ({ key, type, name, aliases, mentions: [at(name)], roles: [], confidence: 1 });
const statement = (key: string, speakerKey: string, quote: string, claimKey: string, via: string[] = []) => ({
  key,
  speakerKey,
  kind: 'INDIRECT' as const,
  quote,
  span: at(quote),
  fragments: [at(quote)],
  sourceSpan: null,
  cue: 'said',
  cueSpan: null,
  via,
  hedged: false,
  confidence: 0.9,
  claimKey,
});

const EXTRACTION: Extraction = {
  extractor: 'fixed@1',
  language: 'en',
  publishedAt: '2024-05-23',
  outletKey: 'unn',
  actors: [actor('peskov', 'PERSON', 'Peskov'), actor('media', 'OUTLET', 'the Russian media'), actor('unn', 'OUTLET', 'UNN', ['Ukrainian National News']), actor('kov', 'PERSON', 'Kovalenko')],
  statements: [statement('s0', 'peskov', 'the visit is planned', 'visit', ['media', 'unn']), statement('s1', 'kov', 'the threat talk is horror stories', 'horror')],
  claims: [
    { key: 'visit', text: 'The visit is planned', topics: [], confidence: 0.9 },
    { key: 'horror', text: 'The threat talk is horror stories', topics: [], confidence: 0.9 },
    { key: 'threat', text: 'Belarus poses a great threat', topics: [], confidence: 0.8 },
  ],
  relations: [
    { fromKey: 'horror', toKey: 'threat', relation: 'COUNTERS', confidence: 0.8, cue: 'horror stories' },
    { fromKey: 'horror', toKey: 'visit', relation: 'SUPPORTS', confidence: 0.5, cue: null },
  ],
};
const ARTICLE: ArticleRow = {
  id: 'a1',
  text: TEXT,
  contentHash: 'h',
  url: null,
  title: null,
  author: null,
  publishedAt: '2024-05-23T00:00:00.000Z',
  language: 'en',
  ingestedAt: '2024-05-24T10:00:00.000Z',
  extractor: 'fixed@1',
};

describe('what an ingest announces once committed', () => {
  const plan = planIngest(EXTRACTION, ARTICLE, { actors: new Map([['kov', 'existing-kovalenko']]), claims: new Map(), similar: [] });
  const events = planEvents(plan);
  const added = events.flatMap((e) => (e.topic === GraphTopic.STATEMENT_ADDED ? [e.payload] : []));

  it('announces each statement as the Statement it wrote, with its speaker and claim', () => {
    expect(added.map((e) => e.statement.quote)).toEqual(['the visit is planned', 'the threat talk is horror stories']);
    const kovalenko = added[1];
    expect(kovalenko?.speakerId).toBe('existing-kovalenko');
    expect(kovalenko?.claimId).toBe(plan.claims.find((c) => c.props.text === 'The threat talk is horror stories')?.id);
    expect(kovalenko?.statement).toMatchObject({ articleId: 'a1', kind: 'INDIRECT', at: '2024-05-23T00:00:00.000Z', curatedBy: null, curatedAt: null });
  });

  it('names, lower-cased, the publisher and every outlet in the chain, for the outlet filter', () => {
    expect(added[0]?.outlets.sort()).toEqual(['the russian media', 'ukrainian national news', 'unn']);
    expect(added[1]?.outlets.sort()).toEqual(['ukrainian national news', 'unn']);
  });

  it('announces COUNTERS links, countered claim as `toId`, and not SUPPORTS links', () => {
    const countered = events.flatMap((e) => (e.topic === GraphTopic.CLAIM_COUNTERED ? [e.payload] : []));
    const id = (text: string) => plan.claims.find((c) => c.props.text === text)?.id;
    expect(countered).toEqual([
      { fromId: id('The threat talk is horror stories'), toId: id('Belarus poses a great threat'), relation: 'COUNTERS', confidence: 0.8, by: 'fixed@1', createdAt: '2024-05-24T10:00:00.000Z' },
    ]);
  });
});
