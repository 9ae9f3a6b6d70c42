import { interpretAttributions, MAX_TEXT_CHARS } from '../../../../src/extraction/interpretation';
import { MAX_ATTRIBUTIONS, MAX_SENTENCE_CHARS } from '../../../../src/extraction/interpretation/limits';
import { readReferenceArticle, referenceSpans } from '../../../fixtures/extraction/unn-reference-spans';

describe('pathological input', () => {
  it('refuses a text over MAX_TEXT_CHARS (a 5 MB text) with a clear error', () => {
    const huge = 'a'.repeat(5 * 1024 * 1024);
    expect(() => interpretAttributions(huge, [])).toThrow(/at most 1000000/);
  });

  it('a text just under the limit with no sentence breaks finishes quickly with no statements', () => {
    const text = 'word '.repeat((MAX_TEXT_CHARS - 10) / 5);
    const began = Date.now();
    const x = interpretAttributions(text, []);
    expect(x.statements).toEqual([]);
    expect(Date.now() - began).toBeLessThan(2000);
  });

  it('binary data gives an empty extraction', () => {
    const binary = Array.from({ length: 4000 }, (_, i) => String.fromCharCode(i % 32)).join('');
    const x = interpretAttributions(binary, []);
    expect(x).toMatchObject({ actors: [], statements: [], claims: [], relations: [] });
  });

  it('empty text gives an empty extraction', () => {
    expect(interpretAttributions('', []).statements).toEqual([]);
  });

  it('ignores spans outside the text, inverted or empty, and attributions without content', () => {
    const text = 'Oleh Petrenko said the city is calm.';
    const x = interpretAttributions(text, [
      { source: { start: 0, end: 13 }, cue: { start: 14, end: 18 }, content: [{ start: 30, end: 900 }], confidence: 0.9 },
      { source: { start: 5, end: 2 }, cue: null, content: [{ start: 19, end: 35 }], confidence: Number.NaN },
      { source: null, cue: null, content: [], confidence: 0.9 },
    ]);
    expect(x.statements.every((s) => text.slice(s.span.start, s.span.end) === s.quote)).toBe(true);
  });

  it('keeps at most MAX_ATTRIBUTIONS attributions', () => {
    const sentence = 'Oleh Petrenko said the city is calm. ';
    const text = sentence.repeat(MAX_ATTRIBUTIONS + 50);
    const spans = Array.from({ length: MAX_ATTRIBUTIONS + 50 }, (_, i) => {
      const at = i * sentence.length;
      return { source: { start: at, end: at + 13 }, cue: { start: at + 14, end: at + 18 }, content: [{ start: at + 19, end: at + 35 }], confidence: 0.9 };
    });
    const x = interpretAttributions(text, spans);
    expect(x.statements.filter((s) => s.cue === 'said')).toHaveLength(MAX_ATTRIBUTIONS);
  });

  it('a flood of attributions over one content, or thousands of different speakers, stays fast', () => {
    const text = 'Oleh Petrenko said the city is calm.';
    const flood = Array.from({ length: MAX_ATTRIBUTIONS }, () => ({ source: { start: 0, end: 13 }, cue: { start: 14, end: 18 }, content: [{ start: 19, end: 35 }], confidence: 0.9 }));
    const names = Array.from({ length: 2000 }, (_, i) => `Speaker${String.fromCharCode(65 + (i % 26))}${i.toString(36).replace(/\d/g, 'x')} said the city number ${i} is calm after the shelling.`);
    const crowd = names.join(' ');
    let at = 0;
    const crowdSpans = names.map((sentence) => {
      const start = at;
      at += sentence.length + 1;
      const saidAt = start + sentence.indexOf(' said');
      return { source: { start, end: saidAt }, cue: { start: saidAt + 1, end: saidAt + 5 }, content: [{ start: saidAt + 6, end: start + sentence.length - 1 }], confidence: 0.9 };
    });
    const began = Date.now();
    expect(interpretAttributions(text, flood).statements).toHaveLength(1);
    expect(interpretAttributions(crowd, crowdSpans).statements).toHaveLength(2000);
    expect(Date.now() - began).toBeLessThan(15_000);
  });

  it('never makes an unattributed statement of a "sentence" longer than MAX_SENTENCE_CHARS', () => {
    const text = `Putin will reportedly ${'visit and '.repeat(MAX_SENTENCE_CHARS / 10)}leave.`;
    expect(interpretAttributions(text, []).statements).toEqual([]);
  });
});

describe('speed', () => {
  const text = readReferenceArticle();
  const spans = referenceSpans(text);
  const msPerRun = (input: string, inputSpans: typeof spans, runs: number): number => {
    interpretAttributions(input, inputSpans);
    const began = process.hrtime.bigint();
    for (let i = 0; i < runs; i += 1) interpretAttributions(input, inputSpans);
    return Number(process.hrtime.bigint() - began) / 1e6 / runs;
  };

  it('interprets the reference article within the per-article budget (the whole pipeline needs ≥ 300 articles/s)', () => {
    // Plain node: ~1–2 ms per article on a loaded two-core container; jest's module sandbox
    // roughly triples that. The bound catches an order-of-magnitude regression, not noise.
    expect(msPerRun(text, spans, 50)).toBeLessThan(40);
  });

  it('grows linearly: twenty copies of the article cost at most about twenty times one', () => {
    const copies = 20;
    const long = Array.from({ length: copies }, () => text).join('\n\n');
    const longSpans = Array.from({ length: copies }, (_, i) =>
      spans.map((a) => {
        const shift = i * (text.length + 2);
        const move = (s: { start: number; end: number } | null) => (s === null ? null : { start: s.start + shift, end: s.end + shift });
        return { ...a, source: move(a.source), cue: move(a.cue), content: a.content.map((c) => ({ start: c.start + shift, end: c.end + shift })) };
      }),
    ).flat();
    const one = msPerRun(text, spans, 20);
    const twenty = msPerRun(long, longSpans, 3);
    expect(twenty).toBeLessThan(one * copies * 2.5);
  });
});
