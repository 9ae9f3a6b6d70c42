import { curatedExtraction } from '../../../src/ingest/curated-extraction';
import { contentHash } from '../../../src/ingest/content-hash';
import { normalizeName } from '../../../src/ingest/normalize';

const text = 'Kremlin spokesman Dmitry Peskov said the visit is on. "It is on," Peskov said, TASS reports.';

describe('curated statements become an extraction', () => {
  it('resolves a speaker written by alias to the declared actor', () => {
    const extraction = curatedExtraction(
      {
        text,
        actors: [{ name: 'Dmitry Peskov', type: 'PERSON', aliases: ['Peskov'] }],
        statements: [
          { speaker: 'Dmitry Peskov', quote: 'the visit is on' },
          { speaker: 'Peskov', quote: 'It is on,', kind: 'DIRECT', chain: ['TASS'] },
        ],
      },
      'curator:ed',
    );
    expect(extraction.actors.map((a) => [a.name, a.type])).toEqual([
      ['Dmitry Peskov', 'PERSON'],
      ['TASS', 'OUTLET'],
    ]);
    const [first, second] = extraction.statements;
    expect(first?.speakerKey).toBe(second?.speakerKey);
    expect(second?.via).toHaveLength(1);
    expect(extraction.extractor).toBe('curator:ed');
  });

  it('locates a quote at its first occurrence and keeps the exact span', () => {
    const [statement] = curatedExtraction({ text, statements: [{ speaker: 'Peskov', quote: 'It is on' }] }, 'curator:ed').statements;
    expect(text.slice(statement!.span.start, statement!.span.end)).toBe('It is on');
  });

  it('asserts the quote as the claim unless a claim is given, tidied of quote marks', () => {
    const extraction = curatedExtraction({ text, statements: [{ speaker: 'Peskov', quote: '"It is on,"' }] }, 'curator:ed');
    expect(extraction.claims.map((c) => c.text)).toEqual(['It is on']);
  });

  it('creates countered claims and COUNTERS relations from their texts', () => {
    const extraction = curatedExtraction(
      { text, statements: [{ speaker: 'Peskov', quote: 'the visit is on', counters: ['The visit is cancelled'] }] },
      'curator:ed',
    );
    expect(extraction.claims.map((c) => c.text)).toEqual(['The visit is on', 'The visit is cancelled']);
    expect(extraction.relations).toEqual([
      { fromKey: extraction.claims[0]!.key, toKey: extraction.claims[1]!.key, relation: 'COUNTERS', confidence: 1, cue: null },
    ]);
  });

  it('refuses an actor listed twice under two spellings of one name', () => {
    expect(() =>
      curatedExtraction({ text, actors: [{ name: 'UNN', type: 'OUTLET' }, { name: 'the UNN', type: 'OUTLET' }] }, 'curator:ed'),
    ).toThrow('input.actors[1].name: "the UNN" is listed twice');
  });
});

describe('article identity and metadata', () => {
  it('hashes the text with line endings unified', () => {
    expect(contentHash('a\r\nb')).toBe(contentHash('a\nb'));
    expect(contentHash('a\nb')).not.toBe(contentHash('a b'));
  });

  it('normalises names so spelling noise does not split an actor', () => {
    expect(normalizeName('The Kremlin Press-Service')).toBe(normalizeName('kremlin press service'));
    expect(normalizeName('Lukashenko’s press service')).toBe(normalizeName("Lukashenko's press service"));
  });
});
