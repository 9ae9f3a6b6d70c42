import { interpretAttributions } from '../../../../src/extraction/interpretation';
import type { Extraction } from '../../../../src/extraction/types';
import { attribution } from '../../../fixtures/extraction/span-builder';

function nameOf(x: Extraction, key: string | null | undefined): string | undefined {
  return x.actors.find((a) => a.key === key)?.name;
}

describe('nested speech', () => {
  it('"X said that Y claims that Z" reports a statement by Y, heard via X', () => {
    const text = 'Oleh Petrenko said that the Kremlin claims that the bridge was never hit.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Oleh Petrenko', cue: 'said', content: 'the Kremlin claims that the bridge was never hit' })]);
    const outer = x.statements.find((s) => s.cue === 'said');
    const nested = x.statements.find((s) => s.key === outer?.reportsKey);
    expect(nameOf(x, nested?.speakerKey)).toBe('Kremlin');
    expect(nested).toMatchObject({ quote: 'the bridge was never hit', kind: 'INDIRECT', cue: 'claims' });
    expect(nested?.via).toEqual([outer?.speakerKey]);
    expect(x.relations).toEqual([]);
  });

  it('speech framed as a campaign ("is trying to convince … that") counters the reported claim', () => {
    const text = 'According to Andriy Yusov, Moscow is trying to convince Europeans that Ukraine is losing the war.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Andriy Yusov', cue: 'According to', content: 'Moscow is trying to convince Europeans that Ukraine is losing the war' })]);
    const outer = x.statements.find((s) => s.cue === 'According to');
    const nested = x.statements.find((s) => s.key === outer?.reportsKey);
    expect(nameOf(x, nested?.speakerKey)).toBe('Moscow');
    expect(x.relations).toEqual([expect.objectContaining({ fromKey: outer?.claimKey, toKey: nested?.claimKey, relation: 'COUNTERS', cue: 'trying to convince' })]);
  });

  it('a nested attribution from the span stage is used as given', () => {
    const text = 'According to Andriy Yusov, every week Russia is working to remind Ukrainians that Belarus will attack.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Andriy Yusov', cue: 'According to', content: 'every week Russia is working to remind Ukrainians that Belarus will attack' }),
      attribution(text, { source: 'Russia', cue: 'remind', content: 'Belarus will attack' }),
    ]);
    expect(x.statements).toHaveLength(2);
    const nested = x.statements.find((s) => s.cue === 'remind');
    expect(nameOf(x, nested?.speakerKey)).toBe('Russia');
    expect(x.statements.find((s) => s.cue === 'According to')?.reportsKey).toBe(nested?.key);
    expect(x.relations.map((r) => r.toKey)).toEqual([nested?.claimKey]);
  });
});
