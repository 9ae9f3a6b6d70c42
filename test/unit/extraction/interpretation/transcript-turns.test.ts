import { interpretAttributions } from '../../../../src/extraction/interpretation';
import type { Extraction } from '../../../../src/extraction/types';

function speakerOf(x: Extraction, contentStart: string): { name: string; kind: string } | null {
  const s = x.statements.find((st) => st.quote.startsWith(contentStart));
  if (s === undefined) return null;
  const a = x.actors.find((actor) => actor.key === s.speakerKey);
  return { name: a?.name ?? '(none)', kind: s.kind };
}

// From a Breitbart transcript of "Fox News Sunday" (PolNeAR dev).
const PENCE_INTERVIEW = [
  'On "Fox News Sunday," Republican vice-presidential nominee Gov. Mike Pence (R-IN) said the tweet was only "to mock" Hillary Clinton.',
  '',
  'Partial transcript as follows:',
  '',
  '"WALLACE: If I may, sir, because we’ve got limited time. I want to ask you, will Gennifer Flowers be there?',
  '',
  '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.',
  '',
  '"But the truth is that Donald Trump has a unique way of communicating to the American people.',
  '',
  '"(CROSSTALK.)',
  '',
  '"WALLACE: Governor, I don’t want to interrupt, but I want to try to get —.',
].join('\n');

describe('interview transcripts ("WALLACE:" / "PENCE:" at the start of a paragraph)', () => {
  it('a capitalised surname label is the person of that surname the article names ("PENCE:" → Mike Pence), word for word', () => {
    const x = interpretAttributions(PENCE_INTERVIEW, []);
    expect(speakerOf(x, 'Gennifer Flowers will not')).toEqual({ name: 'Mike Pence', kind: 'DIRECT' });
  });

  it('a label the article never spells out goes to the well-known bearer ("WALLACE:" → Chris Wallace)', () => {
    const x = interpretAttributions(PENCE_INTERVIEW, []);
    expect(speakerOf(x, 'If I may, sir')).toEqual({ name: 'Chris Wallace', kind: 'DIRECT' });
    expect(speakerOf(x, 'Governor, I don’t want')?.name).toBe('Chris Wallace');
  });

  it('a paragraph opening with a quote mark continues the turn before the next label; a stage direction is nobody\'s', () => {
    const x = interpretAttributions(PENCE_INTERVIEW, []);
    const pence = x.statements.find((s) => s.quote.startsWith('Gennifer Flowers will not'));
    expect(pence?.fragments).toHaveLength(2);
    expect(pence?.quote).toContain('Donald Trump has a unique way');
    expect(x.statements.some((s) => s.quote.includes('CROSSTALK'))).toBe(false);
  });

  it('a full-name label names the person by itself, and its surname label later is the same person ("JAKE TAPPER:", "TAPPER:")', () => {
    const text = [
      'Oklahoma Gov. Mary Fallin spoke on CNN.',
      '',
      'JAKE TAPPER: Donald Trump released a video on Friday talking about racial healing.',
      '',
      'FALLIN: Well, I think the whole nation needs to work together.',
      '',
      'TAPPER: Do you think Donald Trump has campaigned as a racial healer?',
    ].join('\n');
    const x = interpretAttributions(text, []);
    expect(speakerOf(x, 'Donald Trump released')?.name).toBe('Jake Tapper');
    expect(speakerOf(x, 'Well, I think')?.name).toBe('Mary Fallin');
    expect(speakerOf(x, 'Do you think')?.name).toBe('Jake Tapper');
  });

  it('a capitalised heading with a colon is no speaker ("CORRECTION:")', () => {
    const text = 'Trump spoke in Ohio.\n\nCORRECTION: An earlier version of this story misstated the date of the rally.';
    const x = interpretAttributions(text, []);
    expect(x.actors.map((a) => a.name)).not.toContain('Correction');
  });
});
