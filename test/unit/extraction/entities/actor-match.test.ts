import { actorMatchScore, MERGE_THRESHOLD, type ActorIdentity } from '../../../../src/extraction/entities';

const person = (name: string, aliases: string[] = []): ActorIdentity => ({ name, aliases, type: 'PERSON' });
const org = (name: string, aliases: string[] = []): ActorIdentity => ({ name, aliases, type: 'ORGANIZATION' });

describe('actorMatchScore', () => {
  it.each([
    ['Alexander Lukashenko', 'Oleksandr Lukashenko'],
    ['Alexander Lukashenko', 'Aleksandr Lukashenko'],
    ['Andriy Yusov', 'Andrii Yusov'],
    ['Andrei Kovalenko', 'Andriy Kovalenko'],
    ['Dmitry Peskov', 'Dmytro Peskov'],
    ['Vladimir Putin', 'Volodymyr Putin'],
    ['Sergey Lavrov', 'Serhiy Lavrov'],
    ['Yuriy Ihnat', 'Yurii Ihnat'],
    ['Mykola Oleshchuk', 'Nikolai Oleshchuk'],
    ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
  ])('merges transliteration variants: %s ~ %s', (a, b) => {
    expect(actorMatchScore(person(a), person(b))).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
  });

  it('never merges two different people on a shared surname', () => {
    expect(actorMatchScore(person('Andriy Yusov'), person('Kirill Yusov'))).toBeLessThan(0.1);
  });

  it('a lone surname is a candidate for a full name but below the merge threshold (only an article can decide)', () => {
    const score = actorMatchScore(person('Yusov'), person('Andriy Yusov'));
    expect(score).toBeGreaterThan(0.1);
    expect(score).toBeLessThan(MERGE_THRESHOLD);
  });

  it('full names decide even when an alias is a lone surname', () => {
    expect(actorMatchScore(person('Andriy Yusov', ['Yusov']), person('Kirill Yusov', ['Yusov']))).toBeLessThan(MERGE_THRESHOLD);
  });

  it('matches through aliases', () => {
    expect(actorMatchScore(person('Alexander Lukashenko', ['Lukashenko']), person('Oleksandr Lukashenko'))).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
  });

  it('a person is never an organisation', () => {
    expect(actorMatchScore(person('Kremlin'), org('Kremlin'))).toBe(0);
  });

  it('merges organisation names that differ in article, word order, spelling or abbreviation', () => {
    expect(actorMatchScore(org('the Kremlin press service'), org('Kremlin press service'))).toBe(1);
    expect(actorMatchScore(org('the Defense Ministry'), org('Ministry of Defense'))).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(actorMatchScore(org('the Ministry of Defence'), org('Defense Ministry'))).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(actorMatchScore(org('NSDC'), org('the National Security and Defense Council'))).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
  });

  it('keeps apart organisations that only share words', () => {
    expect(actorMatchScore(org('the Defense Ministry'), org('the Foreign Ministry'))).toBeLessThan(MERGE_THRESHOLD);
    expect(actorMatchScore(org('Main Intelligence Directorate'), org('the Center for Countering Disinformation'))).toBeLessThan(0.2);
  });

  it('is symmetric', () => {
    const a = person('Dmitry Peskov', ['Peskov']);
    const b = person('Dmytro Peskov');
    expect(actorMatchScore(a, b)).toBe(actorMatchScore(b, a));
  });
});
