import { tokenize } from '../../../../src/extraction/text';
import { tokenizeWithPattern } from '../../../../src/extraction/text/tokenize';

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

describe('the hand-written scanner matches the token pattern exactly', () => {
  it('on news text, scripts, marks, odd spaces, surrogates and garbage', () => {
    const garbage = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('');
    const texts = [
      '"We won\'t," Sen. Jane Smith (D-Calif.) told the U.S. reporters at 3.5 p.m. — it’s 1,000/2,000 x.y-z ‐ab ’tis.',
      'Путин посетит Беларусь 23-24 мая. 普京将访问白俄罗斯。 «a» ¿Qué? ١٢٣ e\u0301 \u00a0x\u2028y\ufeffz 😀 a😀b',
      'lone \ud800 surrogates \udc00x and a\ud800', garbage,
    ];
    for (const t of texts) expect(tokenize(t)).toEqual(tokenizeWithPattern(t));
  });
});
