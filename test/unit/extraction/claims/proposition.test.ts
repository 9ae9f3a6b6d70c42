import { isProposition } from '../../../../src/extraction/claims';

// Contents are PolNeAR dev/train attributions as the extractor spans them; the sentence they
// come from is given where the content alone does not say it.
describe('a claim is a proposition: a clause, not a noun phrase', () => {
  describe('no proposition', () => {
    it.each([['Trump'], ['Mrs. Clinton'], ['Bryan Pagliano']])('a bare name ("%s")', (content) => {
      expect(isProposition(content, 'said')).toBe(false);
    });

    it.each([['Him'], ['it'], ['They'], ['This']])('a pronoun ("%s")', (content) => {
      expect(isProposition(content, 'said')).toBe(false);
    });

    // "Trump had released the returns during the primaries" / "calling for his dismissal"
    it.each([['The returns'], ['His dismissal'], ['the memo'], ["Trump's finances"], ['Clinton’s email archive days']])(
      'a noun phrase whose verb-like word follows a determiner or possessive ("%s")',
      (content) => {
        expect(isProposition(content, 'said')).toBe(false);
      },
    );

    it('a noun phrase ending in a word more often a noun than a verb ("document requests")', () => {
      expect(isProposition('document requests', 'to discuss')).toBe(false);
    });

    it('an infinitive after "declined" ("Through a spokesman, he declined to comment.")', () => {
      expect(isProposition('to comment', 'declined')).toBe(false);
    });

    it('a number ("2012")', () => {
      expect(isProposition('2012', 'said')).toBe(false);
    });

    it('a verbless title-case headline ("Seeks More Muslim Refugees")', () => {
      expect(isProposition('Seeks More Muslim Refugees', null)).toBe(false);
    });

    it('a directive\'s object and infinitive ("urges supporters to monitor polling places")', () => {
      expect(isProposition('supporters to monitor polling places', 'urges')).toBe(false);
    });
  });

  describe('a proposition', () => {
    it('a clause with a finite verb ("Putin will visit Belarus on May 23-24 …")', () => {
      expect(isProposition('Putin will visit Belarus on May 23-24 at the invitation of Oleksandr Lukashenko', 'said')).toBe(true);
    });

    it('two words, when the second is a verb ("We lost")', () => {
      expect(isProposition('We lost', 'said')).toBe(true);
    });

    it('a contraction that carries the verb ("It\'s all about creating some enthusiasm around this race")', () => {
      expect(isProposition("It's all about creating some enthusiasm around this race, if not necessarily around a candidate", 'said')).toBe(true);
    });

    it('"this is" ("This is Sanders’ second victory.")', () => {
      expect(isProposition('This is Sanders’ second victory', null)).toBe(true);
    });

    it('a "that"-clause ("that Belarus is about to be attacked")', () => {
      expect(isProposition('that Belarus is about to be "attacked"', 'to remind Ukrainians')).toBe(true);
    });

    it('a quoted full sentence without a verb ("\"The fewer guns, the better.\"")', () => {
      expect(isProposition('"The fewer guns, the better."', 'said')).toBe(true);
    });

    it('but not a quoted title of three words ("\"The Truman Show.\"")', () => {
      expect(isProposition('"The Truman Show."', 'said')).toBe(false);
    });

    it('a poll\'s gerund small clause ("… shows Clinton leading Trump 47.3 percent to 44.4 percent")', () => {
      expect(isProposition('Clinton leading Trump 47.3 percent to 44.4 percent', 'shows')).toBe(true);
    });

    it('X called Y Z: "she called Wells Fargo’s behavior “outrageous”"', () => {
      expect(isProposition('Wells Fargo’s behavior “outrageous”', 'called')).toBe(true);
    });

    it('X expect Y to …: "A majority of voters expect Clinton to win Monday\'s debate"', () => {
      expect(isProposition("Clinton to win Monday's debate", 'expect')).toBe(true);
    });

    it('a title-case headline with a verb ("Clinton Hid Past Health Problems From Public, Former White House Doctor Says.")', () => {
      expect(isProposition('Clinton Hid Past Health Problems From Public', 'Says')).toBe(true);
    });
  });
});
