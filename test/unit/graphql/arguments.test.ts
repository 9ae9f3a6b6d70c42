import { isoOrNull, lowerOrNull, lucenePrefixTerms, luceneTerms, quoteSearchTerms } from '../../../src/graphql/resolvers/arguments';

describe('client arguments as query parameters', () => {
  it('keeps only the words of a search, lower-cased, so operators and syntax in it are inert', () => {
    expect(luceneTerms('roads AND (reopen OR "x") ~ * ? OR')).toBe('roads and reopen or x or');
  });

  it('gives a search that matches nothing for input with no words', () => {
    expect(luceneTerms('*** ???')).toBe('""');
  });

  it('treats a blank text filter as "any" and lower-cases the rest', () => {
    expect(lowerOrNull('  ', 'filter.speaker')).toBeNull();
    expect(lowerOrNull(' Peskov ', 'filter.speaker')).toBe('peskov');
    expect(() => lowerOrNull('x'.repeat(501), 'filter.speaker')).toThrow('filter.speaker: is longer than 500 characters');
  });

  it('stores dates as ISO-8601 UTC text', () => {
    expect(isoOrNull(new Date('2024-05-23T10:00:00+03:00'))).toBe('2024-05-23T07:00:00.000Z');
    expect(isoOrNull(null)).toBeNull();
  });

  it('finds quotes containing "premature horror stories" through the words after the first, the last as a prefix too', () => {
    expect(quoteSearchTerms('premature horror stories')).toBe('+horror +(stories stories*)');
  });

  it('leaves stop words out of a quote search, and gives none when only stop words or one word would be left', () => {
    expect(quoteSearchTerms('said that the visit')).toBe('+(visit visit*)');
    expect(quoteSearchTerms('visit is on')).toBeNull();
    expect(quoteSearchTerms('horror')).toBeNull();
  });

  it('gives no quote search for text with punctuation, whose words Lucene may split differently', () => {
    expect(quoteSearchTerms('the u.s. said')).toBeNull();
  });

  it('finds actors named "Dmitry Peskov" for "dmitry pesk" by requiring every word, whole or as a prefix', () => {
    expect(lucenePrefixTerms('Dmitry Pesk')).toBe('+(dmitry dmitry*) +(pesk pesk*)');
    expect(lucenePrefixTerms('the Russian media')).toBe('+(russian russian*) +(media media*)');
    expect(lucenePrefixTerms('the')).toBe('the*');
  });
});
