import type { ExtractedActor, ExtractedStatement } from '../../../src/extraction/types';
import { withOutlet } from '../../../src/ingest/with-outlet';
import { extractedStatement, extraction } from '../../fixtures/extraction/extraction-builder';

const actor = (key: string, name: string, type: ExtractedActor['type'] = 'OUTLET', aliases: string[] = []): ExtractedActor => ({
  key,
  type,
  name,
  aliases,
  mentions: [],
  roles: [],
  confidence: 0.8,
});

const statement = (speakerKey: string | null, via: string[] = []): ExtractedStatement => extractedStatement({ speakerKey, via });

describe('the publisher named by metadata or the client', () => {
  it('stores a PolNeAR publisher slug under the outlet\'s canonical name, its other usual forms as aliases', () => {
    const result = withOutlet(extraction(), 'wash-post');
    const publisher = result.actors.find((a) => a.key === result.outletKey);
    expect(publisher).toMatchObject({ type: 'OUTLET', name: 'The Washington Post', confidence: 1 });
    expect(publisher?.aliases).toContain('WaPo');
  });

  it('keeps an outlet it does not know under the name given', () => {
    const result = withOutlet(extraction(), 'City Paper');
    expect(result.actors).toEqual([expect.objectContaining({ name: 'City Paper', aliases: [] })]);
  });

  it('reuses the outlet a chain names ("…, the New York Times reported") when the metadata says "nyt"', () => {
    const result = withOutlet(extraction({ actors: [actor('a1', 'the New York Times')], statements: [statement('p', ['a1'])] }), 'nyt');
    expect(result.outletKey).toBe('a1');
    expect(result.actors).toHaveLength(1);
  });

  it('names the reused outlet canonically, so every article of a publisher names its node alike', () => {
    const result = withOutlet(extraction({ actors: [actor('a1', 'NY Times', 'OUTLET', ['the Times'])] }), 'nyt');
    expect(result.actors[0]).toMatchObject({ key: 'a1', name: 'The New York Times' });
    expect(result.actors[0]?.aliases).toEqual(expect.arrayContaining(['NY Times', 'the Times', 'NYT']));
  });

  it('wins over the extractor\'s guess and drops the guessed outlet when nothing else refers to it', () => {
    // "a Breitbart article credited to the New York Post": the guess came from an "X reports" in the text.
    const result = withOutlet(extraction({ actors: [actor('post', 'New York Post')], outletKey: 'post' }), 'breitbart');
    expect(result.actors.map((a) => a.name)).toEqual(['Breitbart News']);
    expect(result.actors[0]?.key).toBe(result.outletKey);
  });

  it('keeps the guessed outlet when a statement cites it as a hop of its chain', () => {
    const result = withOutlet(extraction({ actors: [actor('post', 'New York Post')], outletKey: 'post', statements: [statement('p', ['post'])] }), 'breitbart');
    expect(result.actors.map((a) => a.name)).toEqual(['New York Post', 'Breitbart News']);
  });

  it('changes nothing without a named outlet when the outlets the text names are canonical already', () => {
    const given = extraction({ actors: [actor('unn', 'UNN')], outletKey: 'unn' });
    expect(withOutlet(given, '  ')).toBe(given);
  });

  it('names an outlet the text cites ("…, the Washington Post reported") canonically, whoever published the article', () => {
    const result = withOutlet(extraction({ actors: [actor('post', 'the Washington Post')], statements: [statement('p', ['post'])] }), null);
    expect(result.actors[0]).toMatchObject({ key: 'post', name: 'The Washington Post' });
  });

  it('leaves an outlet only the article can resolve ("the Times") as written', () => {
    const result = withOutlet(extraction({ actors: [actor('times', 'the Times')], statements: [statement('p', ['times'])] }), null);
    expect(result.actors[0]?.name).toBe('the Times');
  });
});
