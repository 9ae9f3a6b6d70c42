import { tokenize } from '../../../../src/extraction/text';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('gives each token its character offsets into the text', () => {
    const text = 'Peskov said, "Yes."';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits punctuation and quote marks from words', () => {
    expect(texts('“No,” she said.')).toEqual(['“', 'No', ',', '”', 'she', 'said', '.']);
  });

  it('keeps the period of an abbreviation or initial with its word', () => {
    expect(texts('Mr. Smith met U.S. officials at 5 p.m. today.')).toEqual([
      'Mr.', 'Smith', 'met', 'U.S.', 'officials', 'at', '5', 'p.m.', 'today', '.',
    ]);
  });

  it('splits a possessive off its owner', () => {
    expect(texts("Putin's press secretary")).toEqual(['Putin', "'s", 'press', 'secretary']);
    expect(texts('Trump’s plan')).toEqual(['Trump', '’s', 'plan']);
  });

  it('keeps hyphenated words and number ranges whole', () => {
    expect(texts('Russian-Belarusian relations on May 23-24')).toEqual(['Russian-Belarusian', 'relations', 'on', 'May', '23-24']);
  });

  it('returns no tokens for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});
