import { outletByName, shortFormOutlet } from '../../../../src/extraction/entities';

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

describe('shortFormOutlet: "the Times", "the Post" mean the paper the article named in full before', () => {
  const lewandowski =
    'The Washington Post reported that Lewandowski was ousted. Members of the Trump family long ago soured on Lewandowski, the Post reported.';

  it('"the Post" after "The Washington Post" is the Washington Post', () => {
    expect(shortFormOutlet(lewandowski, 'the Post', lewandowski.lastIndexOf('the Post'))?.text).toBe('Washington Post');
  });

  it('"Post" whose "the" the source phrase left out is the same paper', () => {
    expect(shortFormOutlet(lewandowski, 'Post', lewandowski.lastIndexOf('Post'))?.text).toBe('Washington Post');
  });

  it('of two papers with the short form, the one named last before it', () => {
    const text = 'The New York Post first reported the story, and The Washington Post confirmed it. The Post said the aides left.';
    expect(shortFormOutlet(text, 'The Post', text.lastIndexOf('The Post'))?.text).toBe('Washington Post');
  });

  it('with no full name before it, "the Times" means no paper', () => {
    const text = 'The Times said the race is close. The New York Times agreed.';
    expect(shortFormOutlet(text, 'The Times', 0)).toBeNull();
  });
});
