import type { ExtractedStatement } from '../../../src/extraction/types';
import { planIngest, type ArticleRow } from '../../../src/ingest/ingest-plan';
import { plannedCountKeys } from '../../../src/ingest/planned-count-keys';
import { extractedActor, extractedStatement, extraction } from '../../fixtures/extraction/extraction-builder';

// The reference article's shape: UNN publishes; Peskov speaks, relayed by the Russian media.
const statement = (key: string, kind: ExtractedStatement['kind'], speakerKey: string | null, via: string[]): ExtractedStatement =>
  extractedStatement({ key, kind, speakerKey, via });

const article = (id: string): ArticleRow => ({
  id,
  text: 'the visit is on',
  contentHash: id,
  url: null,
  title: null,
  author: null,
  publishedAt: '2024-05-23T09:00:00.000Z',
  language: 'en',
  ingestedAt: '2026-12-01T10:00:00.000Z',
  extractor: 'test@1',
});

const resolved = (ids: Record<string, string>) => ({ actors: new Map(Object.entries(ids)), claims: new Map(), similar: [] });

describe('the counter keys of planned statements', () => {
  const unn = extractedActor('UNN', [], 'OUTLET');
  const media = extractedActor('Russian media', [], 'OUTLET');
  const peskov = extractedActor('Dmitry Peskov');
  const plan = planIngest(
    extraction({
      outletKey: 'UNN',
      actors: [unn, media, peskov],
      statements: [
        statement('s0', 'ACCORDING_TO', 'Dmitry Peskov', ['Russian media', 'UNN']),
        statement('s1', 'UNATTRIBUTED', null, []),
      ],
    }),
    article('a1'),
    resolved({ UNN: 'unn', 'Russian media': 'media', 'Dmitry Peskov': 'peskov' }),
  );

  it("counts each statement under its kind, its day, its speaker (and the speaker's total), and every outlet that published or relayed it", () => {
    expect(Object.fromEntries(plannedCountKeys([plan]))).toEqual({
      'all:ACCORDING_TO': 1,
      'all:UNATTRIBUTED': 1,
      'day:2024-05-23': 2,
      'speaker:peskov:ACCORDING_TO': 1,
      'made:peskov': 1,
      'outlet:unn': 2,
      'outlet:unn:ACCORDING_TO': 1,
      'outlet:unn:UNATTRIBUTED': 1,
      'outlet:media': 1,
      'outlet:media:ACCORDING_TO': 1,
    });
  });

  it('sums the plans of a batch', () => {
    const keys = plannedCountKeys([plan, plan]);
    expect(keys.get('day:2024-05-23')).toBe(4);
    expect(keys.get('outlet:unn')).toBe(4);
  });

  it('counts no outlet for an article whose named outlet is no outlet (ingest links only an Outlet)', () => {
    const byPerson = planIngest(
      extraction({ outletKey: 'Dmitry Peskov', actors: [peskov], statements: [statement('s0', 'DIRECT', 'Dmitry Peskov', [])] }),
      article('a2'),
      resolved({ 'Dmitry Peskov': 'peskov' }),
    );
    expect([...plannedCountKeys([byPerson]).keys()]).toEqual(['all:DIRECT', 'day:2024-05-23', 'speaker:peskov:DIRECT', 'made:peskov']);
  });
});
