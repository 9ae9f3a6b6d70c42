import type { Extraction } from '../../../src/extraction/types';
import { ingestLockKeys } from '../../../src/ingest/identity-locks';

const extraction = (actors: string[], claims: string[], topics: string[] = []): Extraction => ({
  extractor: 'test@1',
  language: 'en',
  publishedAt: null,
  outletKey: null,
  actors: actors.map((name, i) => ({ key: `a${i}`, type: 'PERSON', name, aliases: [], mentions: [], roles: [], confidence: 1 })),
  statements: [],
  claims: claims.map((text, i) => ({ key: `c${i}`, text, topics, confidence: 1 })),
  relations: [],
});

describe('ingestLockKeys: what an ingest locks before it looks for existing nodes', () => {
  it('two articles quoting the same new person and claim share their keys', () => {
    const a = ingestLockKeys(extraction(['Tim Kaine'], ['The emails were never classified']), 'hash-a');
    const b = ingestLockKeys(extraction(['Kaine'], ['the emails were never classified.']), 'hash-b');
    expect(a.filter((key) => b.includes(key))).toHaveLength(2);
  });

  it('articles with nothing in common share no key, so neither waits for the other', () => {
    const a = ingestLockKeys(extraction(['Tim Kaine'], ['The emails were never classified']), 'hash-a');
    const b = ingestLockKeys(extraction(['Dmitry Peskov'], ['The visit is on']), 'hash-b');
    expect(a.filter((key) => b.includes(key))).toEqual([]);
  });

  it('the same text sent twice shares its content-hash key even with no actors or claims', () => {
    expect(ingestLockKeys(extraction([], []), 'same')).toEqual(ingestLockKeys(extraction([], []), 'same'));
  });

  it('keys are sorted fixed-length hashes, whatever the length of a claim, so locks are taken in one order', () => {
    const keys = ingestLockKeys(extraction(['Hillary Clinton'], ['x'.repeat(20_000)], ['Ukraine']), 'h');
    expect(keys).toEqual([...keys].sort());
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(keys).toHaveLength(4);
  });
});
