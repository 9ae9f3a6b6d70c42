import fc from 'fast-check';
import { organizationName } from '../../../src/extraction/entities/actor-match';
import type { ExtractedActor } from '../../../src/extraction/types';
import { actorIdentityKeys, actorLockKeys, actorLookupKeys, chooseExistingActor, type ActorCandidate } from '../../../src/ingest/resolve-actors';
import { extractedActor as actor } from '../../fixtures/extraction/extraction-builder';

/**
 * Ingest reads a name's candidates only under its lookup keys, among the keys actors are stored
 * under (migrations 0012, 0014), so the two must be an exact cover of the matcher: whenever
 * `chooseExistingActor` would join a name to an actor, or count that actor as a bearer of a lone
 * surname, the name looks under a key the actor is stored under.
 */
const candidate = (a: ExtractedActor): ActorCandidate => ({ id: `id:${a.name}`, name: a.name, aliases: a.aliases, type: a.type, normalizedNames: [] });
const shareAKey = (name: ExtractedActor, stored: ExtractedActor) => {
  const keys = new Set(actorIdentityKeys(stored));
  return actorLookupKeys(name).some((key) => keys.has(key));
};

describe('actorIdentityKeys and actorLookupKeys: the keys an actor is stored and found under', () => {
  it.each([
    [actor('Alexander Lukashenko'), actor('Oleksandr Lukashenko')],
    [actor('Democrat Hillary Clinton'), actor('Hillary Clinton')],
    [actor('Clinton'), actor('Hillary Clinton')],
    [actor('Clinton'), actor('Mrs. Clinton')],
    [actor('Hillary Clinton'), actor('Rival Hillary Clinton')],
    [actor('Harry Reid'), actor('Harry M. Reid')],
    [actor('Geoff Garin'), actor('Geoffrey Garin')],
    [actor('Zelenskiy'), actor('Volodymyr Zelenskyy')],
    [actor('Defense Ministry', [], 'ORGANIZATION'), actor('Ministry of Defense', [], 'ORGANIZATION')],
    [actor('NSDC', [], 'ORGANIZATION'), actor('the National Security and Defense Council', [], 'ORGANIZATION')],
    [actor('the National Security and Defense Council', [], 'ORGANIZATION'), actor('NSDC', [], 'ORGANIZATION')],
    [actor('The Of', [], 'ORGANIZATION'), actor('the Of', [], 'ORGANIZATION')],
  ])('%# a name the matcher joins shares a key with the actor it joins', (a, b) => {
    expect(chooseExistingActor(a, [candidate(b)])).not.toBeNull();
    expect(shareAKey(a, b)).toBe(true);
  });

  it('keeps apart what the matcher keeps apart: other surnames, other organisations', () => {
    expect(shareAKey(actor('Hillary Clinton'), actor('Barack Obama'))).toBe(false);
    expect(shareAKey(actor('Defense Ministry', [], 'ORGANIZATION'), actor('Foreign Ministry', [], 'ORGANIZATION'))).toBe(false);
    expect(shareAKey(actor('Clinton'), actor('Clinton Foundation', [], 'ORGANIZATION'))).toBe(false);
  });

  it('has a full name read only the full names it could be, not every bearer of its surname', () => {
    expect(shareAKey(actor('Hillary Clinton'), actor('Bill Clinton'))).toBe(false);
    expect(shareAKey(actor('Hillary Clinton'), actor('Clinton'))).toBe(false);
    expect(shareAKey(actor('Clinton'), actor('Bill Clinton'))).toBe(true);
  });

  it('has a lone given name, which joins no one, read nothing', () => {
    expect(actorLookupKeys(actor('Hillary'))).toEqual([]);
  });

  it('has a two-word organisation read acronyms only, not every name of the same initials', () => {
    expect(shareAKey(actor('Supreme Court', [], 'ORGANIZATION'), actor('SC', [], 'ORGANIZATION'))).toBe(true);
    expect(shareAKey(actor('Supreme Court', [], 'ORGANIZATION'), actor('Security Council', [], 'ORGANIZATION'))).toBe(false);
  });

  it('is readable for ordinary names and bounded for absurd ones (a range index entry has a size limit)', () => {
    expect(actorIdentityKeys(actor('Andriy Yusov', ['Yusov']))).toEqual(['person:yusov', 'person-name:yusov andry']);
    const long = actorIdentityKeys(actor(Array.from({ length: 80 }, (_, i) => `Word${i}`).join(' '), [], 'ORGANIZATION'));
    expect(long.every((key) => key.length <= 256)).toBe(true);
  });

  // Names from the pieces the matcher treats specially: titles, descriptors, particles,
  // transliterations, lone given names and surnames, function words, initials.
  const personWord = fc.constantFrom('Hillary', 'Hilary', 'Bill', 'William', 'Clinton', 'M.', 'Oleksandr', 'Alexander', 'Lukashenko', 'Zelenskyy', 'Zelensky', 'Volodymyr', 'van', 'Hollen', 'Al', 'Gore', 'Rival', 'Democrat', 'President', 'Mrs.', 'Jr.', 'Obama', 'Barack');
  const orgWord = fc.constantFrom('the', 'of', 'and', 'Ministry', 'Defense', 'Defence', 'National', 'Security', 'Council', 'NSDC', 'MoD', 'DM', 'NS', 'Foreign', "Ministry's", 'Press', 'Service', 'ps');
  const named = (word: fc.Arbitrary<string>, type: ExtractedActor['type']) =>
    fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { maxLength: 2 }))
      .map(([name, aliases]) => actor(name.join(' '), aliases.map((a) => a.join(' ')), type));
  const anyActor = fc.oneof(
    named(personWord, 'PERSON'),
    named(orgWord, 'ORGANIZATION'),
    named(orgWord, 'OUTLET'),
    named(orgWord, 'GROUP'),
  );

  // Known gap: an organisation name repeating a word after folding ("Ministry Ministry's") can
  // pass the matcher's partial-overlap score (it counts the repeats) with no key in common. No
  // real name does; such names are left out here (docs/benchmarks.md, "Ingest's reads, round four").
  const repeatsAWord = (a: ExtractedActor) =>
    a.type !== 'PERSON' && [a.name, ...a.aliases].some((n) => new Set(organizationName(n).words).size < organizationName(n).words.length);

  it('covers the matcher: a name looks under a key of every actor it joins', () => {
    fc.assert(
      fc.property(anyActor, anyActor, (a, b) => {
        fc.pre(!repeatsAWord(a) && !repeatsAWord(b));
        if (chooseExistingActor(a, [candidate(b)])) expect(shareAKey(a, b)).toBe(true);
      }),
      { numRuns: Number(process.env.RUNS ?? 20_000) },
    );
  });

  it('covers the matcher with the lock keys too: two ingests that could make one actor wait for each other', () => {
    fc.assert(
      fc.property(anyActor, anyActor, (a, b) => {
        fc.pre(!repeatsAWord(a) && !repeatsAWord(b));
        const locks = new Set(actorLockKeys(b));
        if (chooseExistingActor(a, [candidate(b)])) expect(actorLockKeys(a).some((key) => locks.has(key))).toBe(true);
      }),
      { numRuns: Number(process.env.RUNS ?? 20_000) },
    );
  });
});
