import { junkReason, measureGraph, type QualityInput } from '../../../src/quality/graph-quality';

const articles: QualityInput['articles'] = { count: 1, titled: 1, dated: 1, firstDate: null, lastDate: null, outlets: [] };

describe('graph quality: what is no entity', () => {
  it.each([
    ['who', 'pronoun'],
    ['He', 'pronoun'],
    ['63 percent', 'number'],
    ['Twelve percent', 'number'],
    ['[Video', 'fragment'],
    [') ESPN', 'fragment'],
    ['On September 27 they', 'clause'],
    ['Trump has been targeting Machado since Clinton', 'clause'],
  ])('%s is no entity (%s)', (name, reason) => {
    expect(junkReason(name)).toBe(reason);
  });

  it.each(['Hillary Clinton', 'the Center for Countering Disinformation', 'voters', 'Sen. Ted Cruz (R-Tex)', 'The New York Times', 'the former first lady and U.S. senator'])('%s may be an entity', (name) => {
    expect(junkReason(name)).toBeNull();
  });
});

describe('graph quality: the measures', () => {
  it('counts a one-word person beside a full-name person with that surname, titles aside', () => {
    const q = measureGraph({
      actors: [
        { name: 'Hillary Clinton', type: 'PERSON', statements: 3 },
        { name: 'Mrs. Clinton', type: 'PERSON', statements: 1 },
        { name: 'Obama', type: 'PERSON', statements: 1 },
      ],
      speakers: [],
      claims: [],
      articles,
    });
    expect(q.splitPersons).toMatchObject({ count: 1, of: 3, examples: ['Mrs. Clinton'] });
  });

  it('weighs pronoun speakers by their statements, among statements that have a speaker', () => {
    const q = measureGraph({
      actors: [],
      speakers: [
        { name: 'who', type: 'ORGANIZATION', statements: 2 },
        { name: 'Donald Trump', type: 'PERSON', statements: 8 },
        { name: null, type: null, statements: 5 },
      ],
      claims: [],
      articles,
    });
    expect(q.pronounSpeakers).toMatchObject({ count: 2, of: 10 });
  });

  it('counts claims under three words', () => {
    const q = measureGraph({ actors: [], speakers: [], claims: [{ text: 'The memo', appearances: 1 }, { text: 'Trump will release his returns', appearances: 2 }], articles });
    expect(q.shortClaims).toMatchObject({ count: 1, of: 2, examples: ['The memo'] });
  });
});
