import { actorMatchScore, MERGE_THRESHOLD, type ActorIdentity } from '../../../../src/extraction/entities';
import { loneSurnameKey, soleSurnameBearer } from '../../../../src/extraction/entities/actor-match';

const person = (name: string, aliases: string[] = []): ActorIdentity => ({ name, aliases, type: 'PERSON' });
const org = (name: string, aliases: string[] = []): ActorIdentity => ({ name, aliases, type: 'ORGANIZATION' });

const hillaryClinton = person('Hillary Clinton');

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

  it('an English short form is its formal name: "Ed Rendell" is "Edward G. Rendell", "Steve" is Steven or Stephen', () => {
    expect(actorMatchScore(person('Ed Rendell'), person('Edward G. Rendell'))).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(actorMatchScore(person('Ben Rhodes'), person('Benjamin J. Rhodes'))).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(actorMatchScore(person('Stephen Miller'), person('Steve Miller'))).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(actorMatchScore(person('Geoff Garin'), person('Geoffrey Garin'))).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
  });

  it('a short form of two names stays apart from either: "Chris" may be Christopher or Christine', () => {
    expect(actorMatchScore(person('Chris Shelton'), person('Christopher Shelton'))).toBeLessThan(MERGE_THRESHOLD);
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

  it('"Democrat Hillary Clinton" and "Rival Hillary Clinton" are Hillary Clinton behind a descriptor', () => {
    expect(actorMatchScore(person('Democrat Hillary Clinton'), hillaryClinton)).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(actorMatchScore(hillaryClinton, person('Rival Hillary Clinton'))).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(actorMatchScore(person('Clinton spokesman Nick Merrill'), person('Nick Merrill'))).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
  });

  it('a leading given name is no descriptor: "John Paul Jones" is not "Paul Jones"', () => {
    expect(actorMatchScore(person('John Paul Jones'), person('Paul Jones'))).toBeLessThan(MERGE_THRESHOLD);
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

describe('a lone surname across articles (soleSurnameBearer)', () => {
  // Names as PolNeAR's dev articles write them: "Bill Clinton calls Obamacare crazy" quotes
  // him as plain "Clinton said"; the Post's article on Hillary Clinton names "daughter Chelsea
  // Clinton"; the Times writes "Mr. Obama and the first lady, Michelle Obama".
  const hillary = person('Hillary Clinton');
  const bill = person('Bill Clinton');
  const chelsea = person('Chelsea Clinton');

  it('"Clinton" said … joins Hillary Clinton when she is the only Clinton in the graph', () => {
    expect(soleSurnameBearer(person('Clinton'), [hillary])).toBe(hillary);
  });

  it('"Mrs. Clinton" said … is the same lone surname once the title is set aside', () => {
    expect(soleSurnameBearer(person('Mrs. Clinton'), [hillary])).toBe(hillary);
  });

  it('"Clinton" said … joins no one when the graph has both Hillary and Bill Clinton', () => {
    expect(soleSurnameBearer(person('Clinton'), [hillary, bill])).toBeNull();
  });

  it('"Clinton" said … joins no one among Hillary, Bill and Chelsea Clinton', () => {
    expect(soleSurnameBearer(person('Clinton'), [hillary, bill, chelsea])).toBeNull();
  });

  it('a Clinton who was once joined by surname still counts as one bearer beside Bill Clinton', () => {
    expect(soleSurnameBearer(person('Clinton'), [person('Hillary Clinton', ['Clinton']), bill])).toBeNull();
  });

  it('"Obama" said … joins neither Barack nor Michelle Obama when both are in the graph', () => {
    expect(soleSurnameBearer(person('Obama'), [person('Barack Obama'), person('Michelle Obama')])).toBeNull();
  });

  it('"Mr. Obama" said … joins Barack Obama when he is the only Obama', () => {
    const barack = person('Barack Obama');
    expect(soleSurnameBearer(person('Mr. Obama'), [barack, org('Obama administration')])).toBe(barack);
  });

  it('a second article\'s lone "Clinton" joins the first one\'s while no full name bears the surname', () => {
    const earlier = person('Clinton');
    expect(soleSurnameBearer(person('Clinton'), [earlier])).toBe(earlier);
  });

  it('a full name never joins by surname: Chelsea Clinton is not Hillary Clinton', () => {
    expect(soleSurnameBearer(chelsea, [hillary])).toBeNull();
    expect(actorMatchScore(chelsea, hillary)).toBeLessThan(MERGE_THRESHOLD);
  });

  it('a lone given name joins no one: "Hillary" could be any Hillary', () => {
    expect(soleSurnameBearer(person('Hillary'), [hillary])).toBeNull();
  });

  it('an organisation never joins a person by surname', () => {
    expect(soleSurnameBearer(org('Clinton'), [hillary])).toBeNull();
  });

  it('"Clinton" joins Hillary Clinton when the graph also holds her as "Democrat Hillary Clinton"', () => {
    expect(soleSurnameBearer(person('Clinton'), [person('Democrat Hillary Clinton'), hillary])).toBe(hillary);
  });

  it('"Clinton" is a lone surname; "Bill Clinton" and "Hillary" are not', () => {
    expect(loneSurnameKey(person('Clinton', ['Mrs. Clinton']))).toBe('clinton');
    expect(loneSurnameKey(bill)).toBeNull();
    expect(loneSurnameKey(person('Hillary'))).toBeNull();
  });
});
