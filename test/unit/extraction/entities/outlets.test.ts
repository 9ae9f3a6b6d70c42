import { outletByName } from '../../../../src/extraction/entities';

describe('outletByName: the shipped list of news organizations', () => {
  it.each([
    ['nyt', 'The New York Times'],
    ['wash-post', 'The Washington Post'],
    ['breitbart', 'Breitbart News'],
    ['huff-post', 'HuffPost'],
    ['usa-today', 'USA Today'],
    ['west-journal', 'The Western Journal'],
    ['politico', 'Politico'],
  ])('recognises the PolNeAR metadata publisher slug "%s" as %s', (slug, name) => {
    expect(outletByName(slug)?.name).toBe(name);
  });

  it.each([
    ['The New York Times', 'The New York Times'],
    ['NYT', 'The New York Times'],
    ['the Washington Post', 'The Washington Post'],
    ['Huffington Post', 'HuffPost'],
    ['Western Journalism', 'The Western Journal'],
    ['Breitbart', 'Breitbart News'],
    ['The Associated Press', 'Associated Press'],
    ['AP', 'Associated Press'],
    ['Interfax', 'Interfax'],
    ['UNN', 'UNN'],
    ['Ukrinform', 'Ukrinform'],
    ['Belta', 'BelTA'],
    ["Reuters'", 'Reuters'],
  ])('"%s" names %s', (form, name) => {
    expect(outletByName(form)?.name).toBe(name);
  });

  it('answers the usual forms with the name', () => {
    expect(outletByName('nyt')).toEqual({ name: 'The New York Times', forms: ['New York Times', 'NYT', 'NY Times', 'NYTimes'] });
  });

  it('leaves "the Times" and "the Post" to the article: alone they could be several papers', () => {
    expect(outletByName('the Times')).toBeNull();
    expect(outletByName('the Post')).toBeNull();
  });

  it('needs "The" where the name alone is a surname or a common word ("The Hill", not "Hill"; "Time magazine", not "Time")', () => {
    expect(outletByName('The Hill')?.name).toBe('The Hill');
    expect(outletByName('Hill')).toBeNull();
    expect(outletByName('Time')).toBeNull();
    expect(outletByName('Time magazine')?.name).toBe('Time');
  });

  it('knows no person or phrase as an outlet', () => {
    for (const phrase of ['Clinton', 'a threat to public health and safety', 'On September 27 they', '']) expect(outletByName(phrase)).toBeNull();
  });
});
