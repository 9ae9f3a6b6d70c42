import type { ExtractedActor } from '../../../src/extraction/types';
import { actorLockKeys, chooseExistingActor, type ActorCandidate } from '../../../src/ingest/resolve-actors';
import { SURNAME_JOIN_CONFIDENCE } from '../../../src/extraction/entities/actor-match';
import { extractedActor as extracted } from '../../fixtures/extraction/extraction-builder';

let nextId = 0;
const inGraph = (name: string, aliases: string[] = [], type: ExtractedActor['type'] = 'PERSON'): ActorCandidate => ({
  id: `actor-${++nextId}`,
  name,
  aliases,
  type,
  normalizedNames: [],
});

describe('chooseExistingActor: which graph actor an article\'s actor is', () => {
  const hillary = inGraph('Hillary Clinton');
  const bill = inGraph('Bill Clinton');

  it('joins the same full name with full confidence', () => {
    expect(chooseExistingActor(extracted('Hillary Clinton'), [bill, hillary])).toEqual({ id: hillary.id, confidence: 1, by: 'name' });
  });

  it('joins "Clinton" said … to the only Clinton in the graph, with the lower surname confidence', () => {
    expect(chooseExistingActor(extracted('Clinton'), [hillary])).toEqual({ id: hillary.id, confidence: SURNAME_JOIN_CONFIDENCE, by: 'surname' });
    expect(SURNAME_JOIN_CONFIDENCE).toBeLessThan(0.85);
  });

  it('leaves "Clinton" said … on its own when Hillary and Bill Clinton are both in the graph', () => {
    expect(chooseExistingActor(extracted('Clinton'), [hillary, bill])).toBeNull();
  });

  it('never joins Chelsea Clinton to Hillary Clinton, the only other Clinton', () => {
    expect(chooseExistingActor(extracted('Chelsea Clinton'), [hillary])).toBeNull();
  });

  it('never joins Michelle Obama to Barack Obama', () => {
    expect(chooseExistingActor(extracted('Michelle Obama'), [inGraph('Barack Obama', ['Obama'])])).toBeNull();
  });

  it('never joins an organisation named by a description only ("the company") to another article\'s, either way, nor gives it keys', () => {
    const company = extracted('the company', [], 'ORGANIZATION');
    expect(chooseExistingActor(company, [inGraph('the company', [], 'ORGANIZATION')])).toBeNull();
    expect(actorLockKeys(company)).toEqual([]);
    expect(chooseExistingActor(extracted('The Company', [], 'ORGANIZATION'), [inGraph('the company', [], 'ORGANIZATION')])).toBeNull();
    expect(chooseExistingActor(extracted('the Company', [], 'ORGANIZATION'), [inGraph('The Company', [], 'ORGANIZATION')])).not.toBeNull();
    expect(chooseExistingActor(extracted('voters', [], 'GROUP'), [inGraph('voters', [], 'GROUP')])).not.toBeNull();
  });

  it('never joins a person named by a description only ("Chinese official") to another article\'s, nor gives it keys', () => {
    const official = extracted('Chinese official');
    expect(chooseExistingActor(official, [inGraph('Chinese official')])).toBeNull();
    expect(actorLockKeys(official)).toEqual([]);
    expect(chooseExistingActor(extracted('Ursula von der Leyen'), [inGraph('Ursula von der Leyen')])).not.toBeNull();
  });

  it('prefers a name match to a surname join: "Obama" meets an earlier lone "Obama" and Barack Obama', () => {
    const barack = inGraph('Barack Obama');
    expect(chooseExistingActor(extracted('Obama'), [inGraph('Obama'), barack])).toEqual({
      id: barack.id,
      confidence: SURNAME_JOIN_CONFIDENCE,
      by: 'surname',
    });
  });
});

describe('actorLockKeys: the keys two concurrent ingests of one actor share', () => {
  it('a full name, a transliteration and a lone surname of one person share the surname key', () => {
    const keys = (name: string) => actorLockKeys(extracted(name));
    expect(keys('Alexander Lukashenko')).toEqual(keys('Oleksandr Lukashenko'));
    expect(keys('Hillary Clinton')).toEqual(keys('Clinton'));
  });

  it('an organisation and its words in another order share a key; its initials meet its acronym', () => {
    const keys = (name: string) => actorLockKeys(extracted(name, [], 'ORGANIZATION'));
    expect(keys('the Defense Ministry')).toEqual(expect.arrayContaining(keys('Ministry of Defense').slice(0, 1)));
    expect(keys('the National Security and Defense Council')).toEqual(expect.arrayContaining(keys('NSDC')));
  });

  it('every spelling of an actor gives its keys', () => {
    expect(actorLockKeys(extracted('Andriy Yusov', ['Yusov', 'Andrii Yusov']))).toEqual(['person:yusov']);
  });
});
