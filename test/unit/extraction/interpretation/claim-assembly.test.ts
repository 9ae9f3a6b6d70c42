import { interpretAttributions } from '../../../../src/extraction/interpretation';
import { attribution } from '../../../fixtures/extraction/span-builder';

// Sentences from PolNeAR dev.
describe('claim assembly: only propositions become claims', () => {
  it('"he declined to comment": the statement is kept and asserts no claim', () => {
    const text = 'Through a spokesman, he declined to comment.';
    const x = interpretAttributions(text, [attribution(text, { source: 'he', cue: 'declined', content: 'to comment' })]);
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.claimKey).toBeNull();
    expect(x.claims).toEqual([]);
  });

  it('"calling for his dismissal": a noun phrase asserts no claim', () => {
    const text = 'A group of doctors in 2015 sent a letter to the vice chairman of the Columbia University department of surgery, calling for his dismissal.';
    const x = interpretAttributions(text, [attribution(text, { source: 'A group of doctors', cue: 'calling for', content: 'his dismissal' })]);
    expect(x.statements[0]?.claimKey).toBeNull();
    expect(x.claims).toEqual([]);
  });

  it('a clause keeps its claim: "Trump had released the returns during the primaries"', () => {
    const text = 'Mr. Pence said Trump had released the returns during the primaries.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Mr. Pence', cue: 'said', content: 'Trump had released the returns during the primaries' })]);
    expect(x.claims.map((c) => c.text)).toEqual(['Trump had released the returns during the primaries']);
    expect(x.statements[0]?.claimKey).toBe(x.claims[0]?.key);
  });

  it('a denial of a noun phrase ("denied the allegations") asserts no "It is not true that the allegations"', () => {
    const text = 'The campaign denied the allegations.';
    const x = interpretAttributions(text, [attribution(text, { source: 'The campaign', cue: 'denied', content: 'the allegations' })]);
    expect(x.statements[0]?.claimKey).toBeNull();
    expect(x.claims).toEqual([]);
    expect(x.relations).toEqual([]);
  });
});
