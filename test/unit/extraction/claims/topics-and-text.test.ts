import { findTopics, tidyClaimText } from '../../../../src/extraction/claims';

describe('findTopics', () => {
  it('names a border by its two sides', () => {
    expect(findTopics('Ukraine has control over the situation on the border with Belarus')).toEqual(['Ukraine', 'Belarus', 'the Ukraine–Belarus border']);
  });

  it('maps adjectives to places and finds known events and capitalised names', () => {
    expect(findTopics('integration cooperation within the Union State and Russian-Belarusian relations')).toEqual(['Russia', 'Belarus', 'the Union State']);
  });

  it('finds cities and leaves people out', () => {
    const isPerson = (p: string): boolean => p === 'Alexander Lukashenko';
    expect(findTopics('he will meet with President Alexander Lukashenko in Minsk', isPerson)).toEqual(['Minsk']);
  });
});

describe('tidyClaimText', () => {
  it('removes quote marks and a leading "that", folds whitespace, trims punctuation, capitalises', () => {
    expect(tidyClaimText('that the parties would  discuss "the state and prospects."')).toBe('The parties would discuss the state and prospects');
  });

  it("takes two apostrophes for a quotation mark, as the New York Times archive writes them, and keeps one", () => {
    expect(tidyClaimText("''We don't need Chapter 9,'' ")).toBe("We don't need Chapter 9");
    expect(tidyClaimText("But ''the more interesting issue,'' ''is whether it lasts''")).toBe('But the more interesting issue, is whether it lasts');
  });
});
