import { extractAttributions, MAX_TEXT_CHARS } from '../../../../src/extraction/attribution';

describe('bad input gives an empty result or a clear error, never a crash or a hang', () => {
  it('empty text', () => {
    expect(extractAttributions('')).toEqual([]);
  });

  it('whitespace only, or text with no sentences', () => {
    expect(extractAttributions(' \n\n\t ')).toEqual([]);
    expect(extractAttributions('... !!! ??? --- ,,,')).toEqual([]);
  });

  it('binary garbage', () => {
    const bytes = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536));
    expect(Array.isArray(extractAttributions(bytes.join('')))).toBe(true);
  });

  it('non-English text', () => {
    expect(Array.isArray(extractAttributions('Путин посетит Беларусь 23 мая. 普京将访问白俄罗斯。'))).toBe(true);
  });

  it('a 5 MB text runs in linear time and is cut at the limit', () => {
    const sentence = 'The senator said that the bill would pass next week. ';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const t0 = Date.now();
    const result = extractAttributions(text);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(result.length).toBeGreaterThan(0);
    expect(Math.max(...result.map((a) => a.content[0]?.end ?? 0))).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });

  it('one enormous sentence with no punctuation', () => {
    const text = 'word '.repeat(30_000) + 'he said so';
    expect(Array.isArray(extractAttributions(text))).toBe(true);
  });

  it('spans always lie inside the text and in order', () => {
    const text = '"A," he said. According to her, B. They told reporters C.';
    for (const a of extractAttributions(text)) {
      for (const s of [a.source, a.cue, ...a.content]) {
        if (!s) continue;
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(s.start).toBeLessThan(s.end);
      }
      expect(a.confidence).toBeGreaterThan(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
  });
});
