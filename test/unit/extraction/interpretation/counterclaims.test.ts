import { interpretAttributions } from '../../../../src/extraction/interpretation';
import type { Extraction } from '../../../../src/extraction/types';
import { attribution } from '../../../fixtures/extraction/span-builder';

function claimText(x: Extraction, key: string | null | undefined): string | undefined {
  return x.claims.find((c) => c.key === key)?.text;
}

describe('counterclaims', () => {
  it('"X denied that Y": the statement asserts that Y is not true and COUNTERS Y', () => {
    const text = 'The Belarusian Defense Ministry denied that Russian troops were massing near the border.';
    const x = interpretAttributions(text, [attribution(text, { source: 'The Belarusian Defense Ministry', cue: 'denied', content: 'Russian troops were massing near the border' })]);
    const s = x.statements[0];
    expect(claimText(x, s?.claimKey)).toBe('It is not true that Russian troops were massing near the border');
    expect(x.relations).toEqual([
      expect.objectContaining({ fromKey: s?.claimKey, relation: 'COUNTERS', cue: 'denied' }),
    ]);
    expect(claimText(x, x.relations[0]?.toKey)).toBe('Russian troops were massing near the border');
  });

  it('"denied reports that Y" counters Y itself, not the reports', () => {
    const text = 'Dmitry Peskov denied reports that Putin was ill.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Dmitry Peskov', cue: 'denied', content: 'reports that Putin was ill' })]);
    expect(claimText(x, x.relations[0]?.toKey)).toBe('Putin was ill');
  });

  it.each([
    ['is fake', 'Oleh Petrenko said the video of the explosion is fake.', 'the video of the explosion is fake', 'The video of the explosion'],
    ['are baseless', 'Oleh Petrenko said claims that Kyiv ordered the strike are baseless.', 'claims that Kyiv ordered the strike are baseless', 'Kyiv ordered the strike'],
    ['is not true', 'Oleh Petrenko said the news about the transfer of tanks to Brest is not true.', 'the news about the transfer of tanks to Brest is not true', 'Tanks are being transferred to Brest'],
    ['is Russian propaganda', 'Oleh Petrenko said that talk of a threat from Belarus is propaganda.', 'talk of a threat from Belarus is propaganda', 'Belarus poses a threat'],
  ])('a verdict "%s" counters what it dismisses', (_verdict, text, content, dismissed) => {
    const x = interpretAttributions(text, [attribution(text, { source: 'Oleh Petrenko', cue: 'said', content })]);
    const from = x.statements[0]?.claimKey;
    const targets = x.relations.filter((r) => r.fromKey === from && r.relation === 'COUNTERS').map((r) => claimText(x, r.toKey));
    expect(targets).toEqual([dismissed]);
  });

  it('a statement without a dismissal counters nothing', () => {
    const text = 'Oleh Petrenko said the video of the explosion is authentic.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Oleh Petrenko', cue: 'said', content: 'the video of the explosion is authentic' })]);
    expect(x.relations).toEqual([]);
  });
});
