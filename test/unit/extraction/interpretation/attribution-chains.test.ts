import { interpretAttributions } from '../../../../src/extraction/interpretation';
import type { Extraction } from '../../../../src/extraction/types';
import { attribution, find } from '../../../fixtures/extraction/span-builder';

function keyOf(x: Extraction, name: string): string {
  return x.actors.find((a) => a.name === name)?.key ?? `missing ${name}`;
}

describe('attribution chains', () => {
  const text = 'The talks will resume on Monday, Dmitry Peskov said at a briefing, according to the Russian media, UNN reports.';

  it('"X said, according to Y, Z reports" gives speaker X via [Y, Z], nearest hop first, and Z as publisher', () => {
    const x = interpretAttributions(text, [attribution(text, { source: 'Dmitry Peskov', cue: 'said', content: 'The talks will resume on Monday' })]);
    const s = x.statements[0];
    expect(s?.speakerKey).toBe(keyOf(x, 'Dmitry Peskov'));
    expect(s?.via).toEqual([keyOf(x, 'the Russian media'), keyOf(x, 'UNN')]);
    expect(x.outletKey).toBe(keyOf(x, 'UNN'));
  });

  it('merges extra attributions of the hops over the same content into one statement', () => {
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Dmitry Peskov', cue: 'said', content: 'The talks will resume on Monday' }),
      attribution(text, { source: 'the Russian media', cue: 'according to', content: 'The talks will resume on Monday', confidence: 0.6 }),
      { source: find(text, 'UNN'), cue: find(text, 'reports'), content: [{ start: 0, end: find(text, 'briefing').end }], confidence: 0.5 },
    ]);
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.via).toEqual([keyOf(x, 'the Russian media'), keyOf(x, 'UNN')]);
  });

  it('a hop before the speaker is ordered by its distance from the speaker too', () => {
    const lead = 'UNN reports that, according to TASS, Dmitry Peskov said the talks will resume.';
    const x = interpretAttributions(lead, [attribution(lead, { source: 'Dmitry Peskov', cue: 'said', content: 'the talks will resume' })]);
    expect(x.statements[0]?.via).toEqual([keyOf(x, 'TASS'), keyOf(x, 'UNN')]);
  });

  it('a collective outlet as the last hop is not the publisher', () => {
    const t = 'The talks will resume on Monday, Dmitry Peskov said, according to the Russian media.';
    const x = interpretAttributions(t, [attribution(t, { source: 'Dmitry Peskov', cue: 'said', content: 'The talks will resume on Monday' })]);
    expect(x.outletKey).toBeNull();
    expect(x.actors.find((a) => a.name === 'the Russian media')?.collective).toBe(true);
  });

  it('an unknown name that "reports" is an outlet, a known outlet word makes an outlet, a ministry is an organisation', () => {
    const t = 'The strike hit a depot, the Defense Ministry said, Meduza reports, citing Interfax news agency.';
    const x = interpretAttributions(t, [attribution(t, { source: 'the Defense Ministry', cue: 'said', content: 'The strike hit a depot' })]);
    const type = (name: string): string | undefined => x.actors.find((a) => a.name === name)?.type;
    expect(type('the Defense Ministry')).toBe('ORGANIZATION');
    expect(type('Meduza')).toBe('OUTLET');
    expect(type('Interfax news agency')).toBe('OUTLET');
  });
});
