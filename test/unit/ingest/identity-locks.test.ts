import { actorIngestLockKeys, ingestLockKeys } from '../../../src/ingest/identity-locks';
import { extraction } from '../../fixtures/extraction/extraction-builder';

/** The extraction of an article naming `actors` (people) and making `claims` about `topics`. */
const article = (actors: string[], claims: string[], topics: string[] = []) =>
  extraction({
    actors: actors.map((name, i) => ({ key: `a${i}`, type: 'PERSON', name, aliases: [], mentions: [], roles: [], confidence: 1 })),
    claims: claims.map((text, i) => ({ key: `c${i}`, text, topics, confidence: 1 })),
  });

describe('ingestLockKeys: what an ingest locks before it looks for existing nodes', () => {
  it('two articles quoting the same new person and claim share their keys', () => {
    const a = ingestLockKeys(article(['Tim Kaine'], ['The emails were never classified']), 'hash-a');
    const b = ingestLockKeys(article(['Kaine'], ['the emails were never classified.']), 'hash-b');
    expect(a.filter((key) => b.includes(key))).toHaveLength(2);
  });

  it('articles with nothing in common share no key, so neither waits for the other', () => {
    const a = ingestLockKeys(article(['Tim Kaine'], ['The emails were never classified']), 'hash-a');
    const b = ingestLockKeys(article(['Dmitry Peskov'], ['The visit is on']), 'hash-b');
    expect(a.filter((key) => b.includes(key))).toEqual([]);
  });

  it('the same text sent twice shares its content-hash key even with no actors or claims', () => {
    expect(ingestLockKeys(article([], []), 'same')).toEqual(ingestLockKeys(article([], []), 'same'));
  });

  it('keys are sorted fixed-length hashes, whatever the length of a claim, so locks are taken in one order', () => {
    const keys = ingestLockKeys(article(['Hillary Clinton'], ['x'.repeat(20_000)], ['Ukraine']), 'h');
    expect(keys).toEqual([...keys].sort());
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(keys).toHaveLength(4);
  });

  it('an actor\'s own lock keys are among those of every article naming it, by any of its names', () => {
    const flint = actorIngestLockKeys([{ name: 'Robert Flint', aliases: ['Bob Flint'], type: 'PERSON' }]);
    expect(flint.length).toBeGreaterThan(0);
    expect(flint).toEqual([...flint].sort());
    for (const name of ['Robert Flint', 'Flint', 'Bob Flint']) {
      expect(ingestLockKeys(article([name], []), 'hash').some((key) => flint.includes(key))).toBe(true);
    }
  });
});
