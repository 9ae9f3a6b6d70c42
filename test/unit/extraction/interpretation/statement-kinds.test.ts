import { interpretAttributions } from '../../../../src/extraction/interpretation';
import type { ExtractedStatement } from '../../../../src/extraction/types';
import { attribution } from '../../../fixtures/extraction/span-builder';

function only(text: string, parts: Parameters<typeof attribution>[1]): ExtractedStatement {
  const x = interpretAttributions(text, [attribution(text, parts)]);
  const s = x.statements[0];
  if (s === undefined) throw new Error('no statement');
  return s;
}

describe('statement kind', () => {
  it('"X said that Y" is INDIRECT', () => {
    const text = 'The minister Olena Shevchenko said that the bridge will reopen in June.';
    expect(only(text, { source: 'Olena Shevchenko', cue: 'said', content: 'the bridge will reopen in June' }).kind).toBe('INDIRECT');
  });

  it('a quote in straight quote marks is DIRECT', () => {
    const text = '"We will not surrender the city," Oleh Petrenko said.';
    expect(only(text, { source: 'Oleh Petrenko', cue: 'said', content: '"We will not surrender the city,"' }).kind).toBe('DIRECT');
  });

  it('a quote in curly quote marks is DIRECT, also when the span stage leaves the marks out', () => {
    const text = '“We will not surrender the city,” Oleh Petrenko said.';
    const s = only(text, { source: 'Oleh Petrenko', cue: 'said', content: 'We will not surrender the city' });
    expect(s.kind).toBe('DIRECT');
    expect(s.quote).toBe('We will not surrender the city');
  });

  it('a quote in guillemets is DIRECT and its span excludes the marks', () => {
    const text = 'Oleh Petrenko said: «We will not surrender the city».';
    const s = only(text, { source: 'Oleh Petrenko', cue: 'said', content: '«We will not surrender the city»' });
    expect(s.kind).toBe('DIRECT');
    expect(s.quote).toBe('We will not surrender the city');
    expect(text.slice(s.span.start, s.span.end)).toBe(s.quote);
  });

  it('a paraphrase containing a quoted part is MIXED', () => {
    const text = 'Oleh Petrenko said the army would hold the city "at any cost" this winter.';
    expect(only(text, { source: 'Oleh Petrenko', cue: 'said', content: 'the army would hold the city "at any cost" this winter' }).kind).toBe('MIXED');
  });

  it('a paraphrase with an opened but never closed quote is MIXED', () => {
    const text = 'Oleh Petrenko said the talks covered "security guarantees and reconstruction.\n\nMore later.';
    expect(only(text, { source: 'Oleh Petrenko', cue: 'said', content: 'the talks covered "security guarantees and reconstruction.' }).kind).toBe('MIXED');
  });

  it('"according to X, Y" is ACCORDING_TO, even with a quoted word inside', () => {
    const text = 'According to the General Staff, Russia lost "dozens" of tanks near Avdiivka.';
    const s = only(text, { source: 'the General Staff', cue: 'According to', content: 'Russia lost "dozens" of tanks near Avdiivka' });
    expect(s.kind).toBe('ACCORDING_TO');
  });

  it('a content of several fragments keeps each fragment and spans from the first to the last', () => {
    const text = '"We are ready," Oleh Petrenko said, "to defend every street."';
    const s = only(text, { source: 'Oleh Petrenko', cue: 'said', content: ['"We are ready,"', '"to defend every street."'] });
    expect(s.kind).toBe('DIRECT');
    expect(s.fragments).toHaveLength(2);
    expect(s.span).toEqual({ start: s.fragments[0]?.start, end: s.fragments[1]?.end });
  });

  it('a sentence with a hedge and no source is UNATTRIBUTED and hedged', () => {
    const text = 'Oleh Petrenko said the city is calm.\n\nRussian troops have allegedly crossed the border near Sumy overnight.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Oleh Petrenko', cue: 'said', content: 'the city is calm' })]);
    const s = x.statements.find((st) => st.quote.startsWith('Russian troops'));
    expect(s).toMatchObject({ kind: 'UNATTRIBUTED', hedged: true, speakerKey: null });
  });
});
