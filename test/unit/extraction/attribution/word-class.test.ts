import { classHash, NO_WORD, tagHash, wordClass } from '../../../../src/extraction/attribution/word-class';
import { hashString } from '../../../../src/extraction/attribution/hash';

describe('part-of-speech classes of words', () => {
  it('gives a known word its two most frequent tags as its class and the first as its tag', () => {
    const [cls, tag] = wordClass('said', 'said');
    expect(classHash(cls)).toBe(hashString('VBD|VBN'));
    expect(tagHash(tag)).toBe(hashString('VBD'));
  });

  it('looks a capitalised word up in lower case when the lexicon lacks its own form', () => {
    expect(wordClass('Insisted', 'insisted')).toEqual(wordClass('insisted', 'insisted'));
  });

  it('guesses from the form of words the lexicon lacks', () => {
    expect(tagHash(wordClass('Zelenskyy', 'zelenskyy')[1])).toBe(hashString('NNP'));
    expect(tagHash(wordClass('blorfing', 'blorfing')[1])).toBe(hashString('VBG'));
  });

  it('numbers classes and tags stably, id 0 standing for no word', () => {
    expect(wordClass('told', 'told')).toEqual(wordClass('told', 'told'));
    expect(tagHash(NO_WORD)).toBe(hashString('<s>'));
    expect(classHash(NO_WORD)).toBe(hashString('<s>'));
  });
});
