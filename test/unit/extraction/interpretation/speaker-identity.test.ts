import { interpretAttributions } from '../../../../src/extraction/interpretation';
import type { Extraction } from '../../../../src/extraction/types';
import { attribution } from '../../../fixtures/extraction/span-builder';

/** One sentence per source, each with its own content: "<source> said race 1 is close." */
function saidText(sources: readonly string[]): string {
  return sources.map((s, i) => `${s} said race ${i + 1} is close.`).join(' ');
}

function saidBy(sources: readonly string[]): Extraction {
  const text = saidText(sources);
  return interpretAttributions(text, sources.map((source, i) => attribution(text, { source, cue: 'said', content: `race ${i + 1} is close` })));
}

function speakerOf(x: Extraction, contentStart: string): { name: string; type: string } | null {
  const s = x.statements.find((st) => st.quote.replace(/^["“]/, '').startsWith(contentStart));
  const a = x.actors.find((actor) => actor.key === s?.speakerKey);
  return a === undefined ? null : { name: a.name, type: a.type };
}

describe('who the speaker is (PolNeAR dev sentences)', () => {
  it('"he" never goes to a woman named by first name; it goes to the man named before', () => {
    const text = 'Bill Clinton spoke in Flint for his wife Hillary Clinton. He said the insurance model does not work.';
    const x = interpretAttributions(text, [attribution(text, { source: 'He', cue: 'said', content: 'the insurance model does not work' })]);
    expect(speakerOf(x, 'the insurance model')?.name).toBe('Bill Clinton');
  });

  it('"she" goes to the woman, skipping a later man', () => {
    const text = 'Ivanka Trump spoke about child care. Michael Tanner is a scholar at Cato. She said mothers deserve paid leave.';
    const x = interpretAttributions(text, [attribution(text, { source: 'She', cue: 'said', content: 'mothers deserve paid leave' })]);
    expect(speakerOf(x, 'mothers deserve')?.name).toBe('Ivanka Trump');
  });

  it('"he said" continues the speaker who just spoke, not a man named inside the quote', () => {
    const text = 'Trump campaign spokesman Jason Miller said the plan helps families. Donald Trump wants it passed, he said.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Trump campaign spokesman Jason Miller', cue: 'said', content: 'the plan helps families' }),
      attribution(text, { source: 'he', cue: 'said', content: 'Donald Trump wants it passed' }),
    ]);
    expect(speakerOf(x, 'Donald Trump wants')?.name).toBe('Jason Miller');
  });

  it('"she" after "Clinton criticized … Betty Shelby" is Clinton: a lone surname has the gender of the article\'s person with that surname', () => {
    const text =
      'Democratic presidential nominee Hillary Clinton spoke on Tuesday. On Tuesday, Clinton criticized Tulsa, Okla., police officer Betty Shelby for shooting and killing Terence Crutcher. "I mean, this is just unbearable," she said.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Clinton', cue: 'criticized', content: 'Tulsa, Okla., police officer Betty Shelby', after: 'Clinton criticized' }),
      attribution(text, { source: 'she', cue: 'said', content: '"I mean, this is just unbearable,"' }),
    ]);
    expect(speakerOf(x, 'I mean, this')?.name).toBe('Hillary Clinton');
  });

  it('"she" with no woman speaking nearby is the subject of the sentence naming the nearest woman, not a woman it acts on', () => {
    const text =
      'On Tuesday, Hillary Clinton criticized Tulsa, Okla., police officer Betty Shelby for shooting and killing Terence Crutcher. "I mean, this is just unbearable," she said.';
    const x = interpretAttributions(text, [attribution(text, { source: 'she', cue: 'said', content: '"I mean, this is just unbearable,"' })]);
    expect(speakerOf(x, 'I mean, this')?.name).toBe('Hillary Clinton');
  });

  it('"Mrs. Clinton" is a woman: "he" does not go to her', () => {
    const text = 'Mrs. Clinton said the plan works. He said it does not.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Mrs. Clinton', cue: 'said', content: 'the plan works' }),
      attribution(text, { source: 'He', cue: 'said', content: 'it does not', after: 'He said' }),
    ]);
    expect(speakerOf(x, 'it does not')).toBeNull();
  });

  it('"X, who told the New York Times …" → X, not the word "who"', () => {
    const text = 'Jessica Leeds, who told the New York Times that Trump groped her, spoke on Monday.';
    const x = interpretAttributions(text, [attribution(text, { source: 'who', cue: 'told', content: 'Trump groped her' })]);
    expect(speakerOf(x, 'Trump groped')?.name).toBe('Jessica Leeds');
    expect(x.actors.map((a) => a.name)).not.toContain('who');
  });

  it('a name after its description is the person, described ("longtime Democratic pollster Pat Caddell")', () => {
    const text = 'longtime Democratic pollster Pat Caddell said voters are worried.';
    const x = interpretAttributions(text, [attribution(text, { source: 'longtime Democratic pollster Pat Caddell', cue: 'said', content: 'voters are worried' })]);
    const caddell = x.actors.find((a) => a.name === 'Pat Caddell');
    expect(caddell).toMatchObject({ type: 'PERSON', description: 'longtime Democratic pollster' });
  });

  it('a title and a bracketed party note around a name leave the person ("Sen. Ted Cruz (R-Tex)")', () => {
    const text = 'Sen. Ted Cruz (R-Tex) said he would vote for Trump.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Sen. Ted Cruz (R-Tex)', cue: 'said', content: 'he would vote for Trump' })]);
    expect(speakerOf(x, 'he would vote')).toEqual({ name: 'Ted Cruz', type: 'PERSON' });
  });

  it('"the Republican nominee" is the person the article describes so', () => {
    const text = 'Republican presidential nominee Donald Trump spoke in Colorado. The Republican nominee said the police need more power.';
    const x = interpretAttributions(text, [attribution(text, { source: 'The Republican nominee', cue: 'said', content: 'the police need more power' })]);
    expect(speakerOf(x, 'the police need')?.name).toBe('Donald Trump');
  });

  it('"the mayor" is the person named with the title Mayor', () => {
    const text = 'Mayor Bill de Blasio visited Chelsea. The mayor said there is no evidence of terrorism.';
    const x = interpretAttributions(text, [attribution(text, { source: 'The mayor', cue: 'said', content: 'there is no evidence of terrorism' })]);
    expect(speakerOf(x, 'there is no evidence')?.name).toBe('Bill de Blasio');
  });

  it('a lone surname goes to the full name of the article ("De Blasio" → Bill de Blasio)', () => {
    const text = 'Mayor Bill de Blasio visited Chelsea. De Blasio said the blast was intentional.';
    const x = interpretAttributions(text, [attribution(text, { source: 'De Blasio', cue: 'said', content: 'the blast was intentional' })]);
    expect(speakerOf(x, 'the blast')?.name).toBe('Bill de Blasio');
  });

  it('of two people with one surname, "Clinton" goes to the one who speaks', () => {
    const text = 'Former President Bill Clinton campaigned for his wife Hillary Clinton. "It doesn’t make any sense," Clinton said.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Former President Bill Clinton', cue: 'campaigned', content: 'for his wife Hillary Clinton' }),
      attribution(text, { source: 'Clinton', cue: 'said', content: '"It doesn’t make any sense,"', after: '"It' }),
    ]);
    expect(speakerOf(x, 'It doesn')?.name).toBe('Bill Clinton');
  });

  it('a well-known surname alone is its bearer ("Obama" → Barack Obama)', () => {
    const text = 'Obama said a black voter who stays home insults his legacy.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Obama', cue: 'said', content: 'a black voter who stays home insults his legacy' })]);
    expect(speakerOf(x, 'a black voter')?.name).toBe('Barack Obama');
  });

  it('collectives are GROUP actors named without their quantifier ("Many Democrats" → Democrats)', () => {
    const text = 'Many Democrats fear that black voters will stay home.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Many Democrats', cue: 'fear', content: 'black voters will stay home' })]);
    expect(speakerOf(x, 'black voters')).toEqual({ name: 'Democrats', type: 'GROUP' });
  });

  it('a group is named by its noun: "three-quarters of the voters", "of the voters" → voters; "EXPERTS" → experts; "candidates’" → candidates', () => {
    const sources = ['three-quarters of the voters', 'of the voters', 'EXPERTS', 'candidates’'];
    const x = saidBy(sources);
    // Each mention is the span of the group's noun in the text.
    for (const a of x.actors) for (const m of a.mentions) expect(saidText(sources).slice(m.start, m.end).toLowerCase()).toBe(a.name);
    expect(x.actors.map((a) => [a.name, a.type]).sort()).toEqual([
      ['candidates', 'GROUP'],
      ['experts', 'GROUP'],
      ['voters', 'GROUP'],
    ]);
  });

  it('an unnamed source ("a friend") makes no actor, keeps its source span and its kind', () => {
    const text = 'A friend said Melania loves the campaign.';
    const x = interpretAttributions(text, [attribution(text, { source: 'A friend', cue: 'said', content: 'Melania loves the campaign' })]);
    expect(x.actors).toHaveLength(0);
    expect(x.statements[0]).toMatchObject({ speakerKey: null, kind: 'INDIRECT', sourceSpan: { start: 0, end: 8 } });
  });

  it('numbers, percentages and bracket fragments never become actors ("63 percent", "[Video")', () => {
    const text = '63 percent said the race is close. [Video said nothing. ) ESPN reported the score.';
    const x = interpretAttributions(text, [
      attribution(text, { source: '63 percent', cue: 'said', content: 'the race is close' }),
      attribution(text, { source: '[Video', cue: 'said', content: 'nothing' }),
    ]);
    expect(x.actors.map((a) => a.name)).toEqual([]);
  });

  it('a word that opens a sentence but names no one makes no actor ("Some", "Others", "Friday", "We’ve")', () => {
    const sources = ['Some', 'Others', 'Both', 'Friday', 'October', 'We’ve', 'Republican'];
    const x = saidBy(sources);
    expect(x.actors).toEqual([]);
    expect(x.statements.map((s) => s.speakerKey)).toEqual(sources.map(() => null));
  });

  it('a country, capital or US state that speaks is an organisation, never a person ("Florida", "Calif.", "Damascus")', () => {
    const x = saidBy(['Florida', 'Calif.', 'Damascus', 'Chile']);
    // An organisation's name is shown without its last period.
    expect(x.actors.map((a) => [a.name, a.type])).toEqual(['Florida', 'Calif', 'Damascus', 'Chile'].map((name) => [name, 'ORGANIZATION']));
  });

  it('a one-word institution, a web site or a team is an organisation, and a lowercase plural noun a group', () => {
    const x = saidBy(['Congress', 'Factcheck.org', 'investors', 'Team Clinton']);
    expect(x.actors.map((a) => [a.name, a.type])).toEqual([
      ['Congress', 'ORGANIZATION'],
      ['Factcheck.org', 'ORGANIZATION'],
      ['investors', 'GROUP'],
      ['Team Clinton', 'ORGANIZATION'],
    ]);
  });

  it('a campaign is shown by its candidate\'s surname ("Mrs. Clinton\'s campaign" → the Clinton campaign), and initials keep their last period ("the U.S.")', () => {
    const x = saidBy(["Mrs. Clinton's campaign", 'the U.S.', 'EUROPEANS']);
    expect([1, 2, 3].map((n) => speakerOf(x, `race ${n}`))).toEqual([
      { name: 'the Clinton campaign', type: 'ORGANIZATION' },
      { name: 'the U.S.', type: 'ORGANIZATION' },
      { name: 'europeans', type: 'GROUP' },
    ]);
  });

  it('watchdogs, coalitions and projects are organisations, never people ("Judicial Watch", "the United States Elections Project")', () => {
    const x = saidBy(['Judicial Watch', 'the United States Elections Project']);
    expect(x.actors.map((a) => a.type)).toEqual(['ORGANIZATION', 'ORGANIZATION']);
  });

  it('pollsters and companies named by one word are organisations ("Gallup", "Twitter", "Coca-Cola"), and "it" can mean them', () => {
    const text = 'Gallup found support falling. Twitter said it suspends accounts. It added that it works with groups.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Gallup', cue: 'found', content: 'support falling' }),
      attribution(text, { source: 'Twitter', cue: 'said', content: 'it suspends accounts' }),
      attribution(text, { source: 'It', cue: 'added', content: 'that it works with groups' }),
    ]);
    expect(speakerOf(x, 'support')).toEqual({ name: 'Gallup', type: 'ORGANIZATION' });
    expect(speakerOf(x, 'it suspends')).toEqual({ name: 'Twitter', type: 'ORGANIZATION' });
    expect(speakerOf(x, 'it works')).toEqual({ name: 'Twitter', type: 'ORGANIZATION' });
  });

  it('surnames that are also words stay people: "Cuban" is Mark Cuban, "Woods" is Dorothy Woods', () => {
    const text = 'Mark Cuban and Dorothy Woods met. Cuban said the race is close. Woods said it is not.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Cuban', cue: 'said', content: 'the race is close' }),
      attribution(text, { source: 'Woods', cue: 'said', content: 'it is not' }),
    ]);
    expect(speakerOf(x, 'the race')).toEqual({ name: 'Mark Cuban', type: 'PERSON' });
    expect(speakerOf(x, 'it is not')).toEqual({ name: 'Dorothy Woods', type: 'PERSON' });
  });

  it('"Admiral Harris" and "Harris" beside "Adm. Harry B. Harris Jr." are the admiral, not the well-known Kamala Harris', () => {
    const text = 'Adm. Harry B. Harris Jr. leads the Pacific Command. Admiral Harris said China is building islands. Harris said the Navy will sail on.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Admiral Harris', cue: 'said', content: 'China is building islands' }),
      attribution(text, { source: 'Harris', cue: 'said', content: 'the Navy will sail on' }),
    ]);
    expect(speakerOf(x, 'China is')).toEqual({ name: 'Harry B. Harris', type: 'PERSON' });
    expect(speakerOf(x, 'the Navy')).toEqual({ name: 'Harry B. Harris', type: 'PERSON' });
  });

  it('a lone well-known surname beside a relative named in full is still the well-known person ("Trump" beside Ivanka Trump)', () => {
    const text = 'Ivanka Trump spoke on Monday. Trump said the race is close.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Trump', cue: 'said', content: 'the race is close' })]);
    expect(speakerOf(x, 'the race')).toEqual({ name: 'Donald Trump', type: 'PERSON' });
  });

  it('an unnamed spokesperson speaks as whom they speak for ("A spokeswoman for YouTube", "a spokesman for Mr. Clinton")', () => {
    const text = 'Bill Clinton and YouTube were asked. A spokeswoman for YouTube said race 1 is close. A spokesman for Mr. Clinton said race 2 is close.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'A spokeswoman for YouTube', cue: 'said', content: 'race 1 is close' }),
      attribution(text, { source: 'A spokesman for Mr. Clinton', cue: 'said', content: 'race 2 is close' }),
    ]);
    expect(speakerOf(x, 'race 1')?.name).toBe('YouTube');
    expect(speakerOf(x, 'race 2')).toEqual({ name: 'Bill Clinton', type: 'PERSON' });
  });

  it('people named as a body are a group: "those surveyed", "the crowd", "Those voters" with no group to point back to; "one of" them is a person', () => {
    const x = saidBy(['those surveyed', 'the crowd', 'Those voters', "one of Mr. Obama's climate advisers"]);
    expect([1, 2, 3, 4].map((n) => speakerOf(x, `race ${n}`)?.type)).toEqual(['GROUP', 'GROUP', 'GROUP', 'PERSON']);
  });

  it('unnamed people in the plural are a group, one in the singular a person ("Indiana politicians", "a Chinese official")', () => {
    const x = saidBy(['Indiana politicians', 'officials familiar with the system', 'a Chinese official']);
    expect(x.actors.map((a) => [a.name, a.type])).toEqual([
      ['Indiana politicians', 'GROUP'],
      ['officials familiar with the system', 'GROUP'],
      ['Chinese official', 'PERSON'],
    ]);
  });

  it('"it" is an organisation or outlet, never a group: after "Economists said", "it" names no one', () => {
    const text = 'Economists said jobs are scarce. It added that wages are flat.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Economists', cue: 'said', content: 'jobs are scarce' }),
      attribution(text, { source: 'It', cue: 'added', content: 'wages are flat' }),
    ]);
    expect(speakerOf(x, 'jobs')).toEqual({ name: 'Economists', type: 'GROUP' });
    expect(speakerOf(x, 'wages')).toBeNull();
  });

  it('a name after a long title in running text is found whole, and a lone surname joins it ("Senate Intelligence Ranking Democrat Dianne Feinstein")', () => {
    const text = 'Senate Intelligence Ranking Democrat Dianne Feinstein (D-Calif.) spoke last week. Feinstein said the emails were not secret.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Feinstein', cue: 'said', content: 'the emails were not secret' })]);
    expect(speakerOf(x, 'the emails')).toEqual({ name: 'Dianne Feinstein', type: 'PERSON' });
  });

  it('a lowercase noun before a first name and a surname describes the person ("radio host Hugh Hewitt"), but not before a place ("activist group Mosul Eye")', () => {
    const x = saidBy(['Conservative radio host Hugh Hewitt', 'the Iraqi activist group Mosul Eye', 'Idaho executive Frank VanderSloot']);
    expect(x.actors.map((a) => [a.name, a.type])).toEqual([
      ['Hugh Hewitt', 'PERSON'],
      ['the Iraqi activist group Mosul Eye', 'ORGANIZATION'],
      ['Frank VanderSloot', 'PERSON'],
    ]);
  });

  it('a headline in title case names no person ("Medal Of Honor Winner Opens Up About …"), while "Marine Le Pen" and "Dan Rather" are names', () => {
    const text = 'Medal Of Honor Winner Opens Up About Backing Clinton.\n\nHe said the race is close. Marine Le Pen said race 2 is close. Dan Rather said race 3 is close.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'He', cue: 'said', content: 'the race is close' }),
      attribution(text, { source: 'Marine Le Pen', cue: 'said', content: 'race 2 is close' }),
      attribution(text, { source: 'Dan Rather', cue: 'said', content: 'race 3 is close' }),
    ]);
    expect(x.actors.map((a) => a.name)).not.toContain('Winner Opens Up About');
    expect(speakerOf(x, 'race 2')).toEqual({ name: 'Marine Le Pen', type: 'PERSON' });
    expect(speakerOf(x, 'race 3')).toEqual({ name: 'Dan Rather', type: 'PERSON' });
  });

  it('a surname after a title only people bear is a person of the story, whom "he" and "she" can mean ("Ms. Malik" beside Tashfeen Malik, "Justice Kennedy")', () => {
    const text =
      'Tashfeen Malik passed three checks. None uncovered what Ms. Malik had posted. She said she admired the cause. Justice Anthony M. Kennedy wrote the opinion. Later, Justice Kennedy changed his mind, and he said the law stands.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'She', cue: 'said', content: 'she admired the cause' }),
      attribution(text, { source: 'he', cue: 'said', content: 'the law stands', after: 'he said the law' }),
    ]);
    expect(speakerOf(x, 'she admired')).toEqual({ name: 'Tashfeen Malik', type: 'PERSON' });
    expect(speakerOf(x, 'the law')).toEqual({ name: 'Anthony M. Kennedy', type: 'PERSON' });
  });

  it('a noun the news calls a person by is that person or no one, never an organisation ("the real estate mogul", "the retired neurosurgeon", "the man")', () => {
    const text = 'Donald Trump and Ben Carson spoke. The real estate mogul said race 1 is close. The retired neurosurgeon said race 2 is close. The man said race 3 is close.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'The real estate mogul', cue: 'said', content: 'race 1 is close' }),
      attribution(text, { source: 'The retired neurosurgeon', cue: 'said', content: 'race 2 is close' }),
      attribution(text, { source: 'The man', cue: 'said', content: 'race 3 is close' }),
    ]);
    expect(speakerOf(x, 'race 1')).toEqual({ name: 'Donald Trump', type: 'PERSON' });
    expect(speakerOf(x, 'race 2')).toEqual({ name: 'Ben Carson', type: 'PERSON' });
    expect(speakerOf(x, 'race 3')).toBeNull();
    expect(x.actors.some((a) => a.type === 'ORGANIZATION')).toBe(false);
  });

  it('a plural noun capitalised only where it opens a sentence is a group, and "he" after it is not it', () => {
    const text = 'Markets fell on Friday. Investors said oil prices would fall. Prosecutors argued the case was weak. He said nothing more.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Investors', cue: 'said', content: 'oil prices would fall' }),
      attribution(text, { source: 'Prosecutors', cue: 'argued', content: 'the case was weak' }),
      attribution(text, { source: 'He', cue: 'said', content: 'nothing more' }),
    ]);
    expect(speakerOf(x, 'oil prices')).toEqual({ name: 'investors', type: 'GROUP' });
    expect(speakerOf(x, 'the case')).toEqual({ name: 'prosecutors', type: 'GROUP' });
    expect(speakerOf(x, 'nothing more')).toBeNull();
    expect(x.actors.some((a) => a.type === 'PERSON')).toBe(false);
  });

  it('a plural noun that also stands inside a sentence is a surname: "Sessions" beside Jeff Sessions', () => {
    const text = 'Jeff Sessions spoke first. Sessions said the race is close.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Sessions', cue: 'said', content: 'the race is close' })]);
    expect(speakerOf(x, 'the race')).toEqual({ name: 'Jeff Sessions', type: 'PERSON' });
  });

  it('"Those Democrats" and "Republicans, who hold the Senate," are groups; "The Clintons" beside Clinton is a family', () => {
    const text =
      'Bill Clinton spoke. Those Democrats said race 1 is close. Republicans, who hold the Senate, said race 2 is close. The Clintons said race 3 is close.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Those Democrats', cue: 'said', content: 'race 1 is close' }),
      attribution(text, { source: 'Republicans, who hold the Senate,', cue: 'said', content: 'race 2 is close' }),
      attribution(text, { source: 'The Clintons', cue: 'said', content: 'race 3 is close' }),
    ]);
    expect(speakerOf(x, 'race 1')).toEqual({ name: 'Democrats', type: 'GROUP' });
    expect(speakerOf(x, 'race 2')).toEqual({ name: 'Republicans', type: 'GROUP' });
    expect(speakerOf(x, 'race 3')).toEqual({ name: 'Clintons', type: 'GROUP' });
  });

  it('a name after a determiner is no person: "The Constitution", "The Fed" are organisations', () => {
    const x = saidBy(['The Constitution', 'The Fed']);
    expect(x.actors.map((a) => a.type)).toEqual(['ORGANIZATION', 'ORGANIZATION']);
  });

  it('surnames ending like a people\'s plural stay people: "Randy Evans", "Dottie Deans"', () => {
    const x = saidBy(['Randy Evans', 'Dottie Deans']);
    expect(x.actors.map((a) => [a.name, a.type])).toEqual([
      ['Randy Evans', 'PERSON'],
      ['Dottie Deans', 'PERSON'],
    ]);
  });

  it('a possessive the span stage left on a source is dropped: "The Florida senator’s" is the senator', () => {
    const text = 'Sen. Marco Rubio of Florida spoke. The Florida senator’s said the race is close.';
    const x = interpretAttributions(text, [attribution(text, { source: 'The Florida senator’s', cue: 'said', content: 'the race is close' })]);
    expect(speakerOf(x, 'the race')).toEqual({ name: 'Marco Rubio', type: 'PERSON' });
  });

  it('a source or a name never runs across a paragraph\'s end ("… Congress.\\n\\nTenney said" is Claudia Tenney)', () => {
    const text = 'Claudia Tenney is running for Congress.\n\nTenney said the race is close.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Congress.\n\nTenney', cue: 'said', content: 'the race is close' })]);
    expect(speakerOf(x, 'the race')).toEqual({ name: 'Claudia Tenney', type: 'PERSON' });
    expect(x.actors.map((a) => a.name)).toEqual(['Claudia Tenney']);
  });

  it('a sentence\'s opening word is no given name: "But Canova was unable …" is Tim Canova, and so is "But Canova said"', () => {
    const text = 'Tim Canova lost the race. But Canova was unable to win. But Canova said the race was close.';
    const x = interpretAttributions(text, [attribution(text, { source: 'But Canova', cue: 'said', content: 'the race was close' })]);
    expect(speakerOf(x, 'the race was')).toEqual({ name: 'Tim Canova', type: 'PERSON' });
    expect(x.actors.map((a) => a.name)).toEqual(['Tim Canova']);
  });

  it('"the Wisconsin Republican" is the Republican described with Wisconsin, or no one; never the nearest Republican', () => {
    const text =
      'Republican presidential nominee Donald Trump said the vote matters. Republican Wisconsin Rep. Paul Ryan said it does not. ' +
      'The Wisconsin Republican said the race is close. The Kentucky Republican said the race is lost.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Republican presidential nominee Donald Trump', cue: 'said', content: 'the vote matters' }),
      attribution(text, { source: 'Republican Wisconsin Rep. Paul Ryan', cue: 'said', content: 'it does not' }),
      attribution(text, { source: 'The Wisconsin Republican', cue: 'said', content: 'the race is close' }),
      attribution(text, { source: 'The Kentucky Republican', cue: 'said', content: 'the race is lost' }),
    ]);
    expect(speakerOf(x, 'the race is close')?.name).toBe('Paul Ryan');
    expect(speakerOf(x, 'the race is lost')).toBeNull();
    expect(x.actors.map((a) => a.name)).not.toContain('Kentucky Republican');
  });

  it('"I" inside a quote is the quote\'s speaker; outside a quote it names no one', () => {
    const text = 'I think the debate was unfair, Trump said.';
    const x = interpretAttributions(text, [attribution(text, { source: 'I', cue: 'think', content: 'the debate was unfair' })]);
    expect(speakerOf(x, 'the debate')).toBeNull();
  });

  describe('names with initials and suffixes', () => {
    it('initials as a given name after a title make one person ("Rep. G.K. Butterfield (D-N.C.), head of …")', () => {
      const text = '"This is a disgusting day," said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus. Butterfield said Trump owes an apology.';
      const x = interpretAttributions(text, [
        attribution(text, { source: 'Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus', cue: 'said', content: '"This is a disgusting day,"' }),
        attribution(text, { source: 'Butterfield', cue: 'said', content: 'Trump owes an apology', after: 'Butterfield said' }),
      ]);
      expect(speakerOf(x, 'This is a disgusting')).toEqual({ name: 'G.K. Butterfield', type: 'PERSON' });
      expect(speakerOf(x, 'Trump owes')?.name).toBe('G.K. Butterfield');
    });

    it('a middle initial in running text keeps the full name, and "Mr. Rosenthal" joins it ("As Steven M. Rosenthal … put it")', () => {
      const text = 'As Steven M. Rosenthal, a tax lawyer, recently put it, the returns matter. Mr. Rosenthal said Trump should release them.';
      const x = interpretAttributions(text, [attribution(text, { source: 'Mr. Rosenthal', cue: 'said', content: 'Trump should release them' })]);
      expect(speakerOf(x, 'Trump should')?.name).toBe('Steven M. Rosenthal');
    });

    it('a later surname with an appositive joins the full name with an initial ("Morial, the chief executive of …")', () => {
      const text = 'In Washington, Marc H. Morial, the chief executive of the National Urban League, spoke. Morial, the chief executive of the National Urban League, told a young woman that not voting is no strategy.';
      const x = interpretAttributions(text, [
        attribution(text, { source: 'Morial, the chief executive of the National Urban League', cue: 'told', content: 'not voting is no strategy', after: 'Morial, the chief executive of the National Urban League, told' }),
      ]);
      expect(speakerOf(x, 'not voting')?.name).toBe('Marc H. Morial');
    });

    it('a generational suffix is no part of the name ("Newkirk II, a writer for The Atlantic," → Vann R. Newkirk)', () => {
      const text = '"Black folks have done their part," Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.';
      const x = interpretAttributions(text, [
        attribution(text, { source: 'Newkirk II, a writer for The Atlantic,', cue: 'said', content: '"Black folks have done their part,"' }),
      ]);
      expect(speakerOf(x, 'Black folks')).toEqual({ name: 'Vann R. Newkirk', type: 'PERSON' });
    });

    it('"Joseph R. Biden Jr." and a later "Biden" are one person, named as every article names him: Joe Biden', () => {
      const text = 'Vice President Joseph R. Biden Jr. said the returns should be public. Biden said Trump is hiding something.';
      const x = interpretAttributions(text, [
        attribution(text, { source: 'Vice President Joseph R. Biden Jr.', cue: 'said', content: 'the returns should be public' }),
        attribution(text, { source: 'Biden', cue: 'said', content: 'Trump is hiding something', after: 'Biden said' }),
      ]);
      expect(speakerOf(x, 'the returns')?.name).toBe('Joe Biden');
      expect(x.actors.filter((a) => a.type === 'PERSON').map((a) => [a.name, a.aliases])).toEqual([['Joe Biden', ['Joseph R. Biden', 'Biden']]]);
    });

    it('"the Rev. Al Sharpton" is Al Sharpton (capitalised "Al" is a given name, not the particle al-), and "Mr. Sharpton" joins him', () => {
      const text = 'By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls. "Making not voting an insult is a shot," Mr. Sharpton said.';
      const x = interpretAttributions(text, [attribution(text, { source: 'Mr. Sharpton', cue: 'said', content: '"Making not voting an insult is a shot,"' })]);
      expect(speakerOf(x, 'Making not voting')?.name).toBe('Al Sharpton');
    });

    it('a place or office before a title is a description, not part of the name ("Nevada Sen. Harry Reid", "House Speaker Paul Ryan")', () => {
      const x = saidBy(['Nevada Sen. Harry Reid', 'House Speaker Paul Ryan', 'White House press secretary Josh Earnest', 'Democracy Corps’ Stan Greenberg']);
      expect(x.actors.map((a) => [a.name, a.type]).sort()).toEqual(
        ['Harry Reid', 'Josh Earnest', 'Paul Ryan', 'Stan Greenberg'].map((name) => [name, 'PERSON']),
      );
    });

    it('a name after a title and a preposition is not the speaker ("Aides to Mr. Sanders")', () => {
      const x = saidBy(['Aides to Mr. Sanders']);
      expect(x.actors.map((a) => a.name)).not.toContain('Bernie Sanders');
    });

    it('Mc-, Mac- and De- surnames are names ("Mr. McConnell" is Mitch McConnell, "DeSantis"), and "Pastor" a title', () => {
      const x = saidBy(['Mr. McConnell', 'DeSantis', 'Pastor Joseph Brown']);
      expect(x.actors.map((a) => [a.name, a.type]).sort()).toEqual(['DeSantis', 'Joseph Brown', 'Mitch McConnell'].map((name) => [name, 'PERSON']));
    });

    it('"U.S." before a capitalised word is no person\'s initials', () => {
      const text = 'U.S. Attorney Preet Bharara said the blast was intentional.';
      const x = interpretAttributions(text, [attribution(text, { source: 'U.S. Attorney Preet Bharara', cue: 'said', content: 'the blast was intentional' })]);
      expect(speakerOf(x, 'the blast')?.name).toBe('Preet Bharara');
    });
  });

  describe('organisational and office nominals', () => {
    it('"campaign aides" speak for the campaign named nearest before them ("a senior adviser to the Clinton campaign")', () => {
      const text = 'Minyon Moore, a senior adviser to the Clinton campaign, called the remarks a wake-up call. But campaign aides said Mr. Obama would not be pigeonholed.';
      const x = interpretAttributions(text, [attribution(text, { source: 'campaign aides', cue: 'said', content: 'Mr. Obama would not be pigeonholed' })]);
      expect(speakerOf(x, 'Mr. Obama would not')).toEqual({ name: 'the Clinton campaign', type: 'ORGANIZATION' });
    });

    it('"the campaign" with no campaign named is the campaign of the candidate the article names most', () => {
      const text = 'Democratic presidential nominee Hillary Clinton spoke in Philadelphia. Clinton asked young voters for help. The campaign said his help is needed.';
      const x = interpretAttributions(text, [attribution(text, { source: 'The campaign', cue: 'said', content: 'his help is needed' })]);
      expect(speakerOf(x, 'his help')).toEqual({ name: 'the Clinton campaign', type: 'ORGANIZATION' });
    });

    it('"the bank" is the organisation an apposition called a bank ("Wells Fargo, the nation\'s largest retail bank,")', () => {
      const text = 'Warren grilled Wells Fargo, the nation’s largest retail bank, on Tuesday. The bank said it had fired 5,300 employees.';
      const x = interpretAttributions(text, [attribution(text, { source: 'The bank', cue: 'said', content: 'it had fired 5,300 employees' })]);
      expect(speakerOf(x, 'it had fired')).toEqual({ name: 'Wells Fargo', type: 'ORGANIZATION' });
    });

    it('"the bank" is not an organisation merely named in the article ("Wells Fargo CEO John Stumpf")', () => {
      const text = 'Warren grilled Wells Fargo CEO John Stumpf on Tuesday. The bank said it had fired 5,300 employees.';
      const x = interpretAttributions(text, [attribution(text, { source: 'The bank', cue: 'said', content: 'it had fired 5,300 employees' })]);
      expect(speakerOf(x, 'it had fired')?.name).not.toBe('Wells Fargo');
    });

    it('"the Vermont senator" is the person the known-people table describes so (Bernie Sanders), not another senator', () => {
      const text = 'Bernie Sanders campaigned with Sen. Tim Kaine in Ohio. Asked about the anger of his supporters, the Vermont senator acknowledged that it exists.';
      const x = interpretAttributions(text, [attribution(text, { source: 'the Vermont senator', cue: 'acknowledged', content: 'it exists' })]);
      expect(speakerOf(x, 'it exists')?.name).toBe('Bernie Sanders');
    });

    it('"Senator from Texas" is the senator of that state the article names (Ted Cruz)', () => {
      const text = 'Ah, friends once more: Ted Cruz endorses Trump. Senator from Texas says he cannot allow Clinton to win the presidency.';
      const x = interpretAttributions(text, [attribution(text, { source: 'Senator from Texas', cue: 'says', content: 'he cannot allow Clinton to win the presidency' })]);
      expect(speakerOf(x, 'he cannot allow')).toEqual({ name: 'Ted Cruz', type: 'PERSON' });
    });
  });

  describe('source phrases trimmed to what they name', () => {
    const speakerFor = (sentence: string, source: string, content: string) =>
      speakerOf(interpretAttributions(sentence, [attribution(sentence, { source, cue: 'said', content })]), content);

    it('a trailing relative pronoun is trimmed ("the Chicago Police Department which")', () => {
      const text = 'It was the Chicago Police Department which said the shooting was justified.';
      expect(speakerFor(text, 'the Chicago Police Department which', 'the shooting was justified')?.name).toBe('the Chicago Police Department');
    });

    it('a trailing pronoun subject is trimmed, and an acronym after its description is the name ("Russia\'s propagandistic network RT he")', () => {
      const text = 'Russia\'s propagandistic network RT he said is spreading the story.';
      expect(speakerFor(text, "Russia's propagandistic network RT he", 'is spreading the story')?.name).toBe('RT');
    });

    it('a comma part that is a relative clause is dropped ("the Supreme Court, the composition of which")', () => {
      const text = 'He named the Supreme Court, the composition of which said the next president will decide.';
      expect(speakerFor(text, 'the Supreme Court, the composition of which', 'the next president will decide')?.name).toBe('the Supreme Court');
    });

    it('a leading verb or preposition is dropped ("Say Mexico" → Mexico, "are some economists" → economists)', () => {
      expect(speakerFor('Say Mexico said the wall will not be paid.', 'Say Mexico', 'the wall will not be paid')?.name).toBe('Mexico');
      expect(speakerFor('Among them are some economists said the plan fails.', 'are some economists', 'the plan fails')).toEqual({ name: 'economists', type: 'GROUP' });
    });

    it('"Many of his supporters" is the group without its quantifier', () => {
      const text = 'Many of his supporters said the remarks were racist.';
      expect(speakerFor(text, 'Many of his supporters', 'the remarks were racist')).toEqual({ name: 'his supporters', type: 'GROUP' });
    });

    it('coordinated people make no single actor ("Neither Clinton nor her allies", "Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all")', () => {
      expect(speakerFor('Neither Clinton nor her allies said the email probe was over.', 'Neither Clinton nor her allies', 'the email probe was over')?.name ?? null).toBeNull();
      const text = 'Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all said those claims could be grounds for a fraud case.';
      const x = interpretAttributions(text, [
        attribution(text, { source: 'Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all', cue: 'said', content: 'those claims could be grounds for a fraud case' }),
      ]);
      expect(speakerOf(x, 'those claims')?.name ?? null).toBeNull();
      expect(x.statements[0]?.sourceSpan).not.toBeNull();
    });

    it('the tail of a coordination the span stage cut off names no one ("and Robert Menendez (D-N.J.)")', () => {
      const text = 'Sens. Jeff Merkley and Robert Menendez (D-N.J.) said the claims could be grounds for a case.';
      expect(speakerFor(text, 'and Robert Menendez (D-N.J.)', 'the claims could be grounds for a case')?.name ?? null).toBeNull();
    });

    it('"his own party" names no one when "his" is not resolved', () => {
      const text = 'Trump was criticised by his own party, on a problem that said the debate was lost.';
      expect(speakerFor(text, 'his own party, on a problem that', 'the debate was lost')?.name ?? null).toBeNull();
    });

    it('"Poll" in a headline and a bare "source" are no persons', () => {
      const headline = 'Poll: Wealthy Voters Abandon Republicans.';
      const x = interpretAttributions(headline, [attribution(headline, { source: 'Poll', cue: null, content: 'Wealthy Voters Abandon Republicans' })]);
      expect(x.actors.map((a) => a.name)).not.toContain('Poll');
      expect(speakerFor('A senior source said the deal is done.', 'source', 'the deal is done')?.name ?? null).toBeNull();
    });

    it('"Those close to him" are unnamed, and "most of whom" is its antecedent', () => {
      expect(speakerFor('Those close to him said he was tired.', 'Those close to him', 'he was tired')?.name ?? null).toBeNull();
      const text = 'The poll surveyed 500 voters, most of whom said the economy matters most.';
      expect(speakerFor(text, 'most of whom', 'the economy matters most')).toEqual({ name: 'voters', type: 'GROUP' });
    });
  });

  describe('speakers the sentence names outside the source span', () => {
    const chainOf = (x: Extraction, contentStart: string): string[] => {
      const s = x.statements.find((st) => st.quote.replace(/^["“]/, '').startsWith(contentStart));
      return (s?.via ?? []).map((key) => x.actors.find((a) => a.key === key)?.name ?? key);
    };
    const bouhlel =
      'The Associated Press quoted Wassim Bouhlel, a Nice native, as saying that after slamming into the crowd, the truck driver emerged with a gun and started shooting.';

    it('"X quoted Y as saying …" is Y\'s statement, passed on by X (the span stage\'s X–quoted–"Y as saying …")', () => {
      const x = interpretAttributions(bouhlel, [
        attribution(bouhlel, { source: 'The Associated Press', cue: 'quoted', content: 'Wassim Bouhlel, a Nice native, as saying that after slamming into the crowd, the truck driver emerged with a gun and started shooting' }),
      ]);
      expect(speakerOf(x, 'after slamming')).toEqual({ name: 'Wassim Bouhlel', type: 'PERSON' });
      expect(chainOf(x, 'after slamming')).toEqual(['the Associated Press']);
      expect(x.statements).toHaveLength(1);
    });

    it('"X quoted Y as saying …" read as a "saying" cue with no source gives the same speaker and chain', () => {
      const x = interpretAttributions(bouhlel, [
        attribution(bouhlel, { source: null, cue: 'saying', content: 'that after slamming into the crowd, the truck driver emerged with a gun and started shooting' }),
      ]);
      expect(speakerOf(x, 'after slamming')?.name).toBe('Wassim Bouhlel');
      expect(chainOf(x, 'after slamming')).toEqual(['the Associated Press']);
    });

    it('"That\'s according to X." makes X the speaker of the sentence before it, and "That" no statement of its own', () => {
      const text =
        'Donald Trump is poised to bounce back after his second-place finish in Iowa and win New Hampshire’s first-in-the-nation primary next week.\n\nThat’s according to members of The POLITICO Caucus — a collection of strategists, activists and operatives in the four early nominating states.';
      const x = interpretAttributions(text, [
        attribution(text, { source: 'members of The POLITICO Caucus — a collection of strategists, activists and operatives', cue: '’s according to', content: 'That' }),
      ]);
      expect(x.statements).toHaveLength(1);
      expect(x.statements[0]).toMatchObject({ kind: 'ACCORDING_TO', quote: expect.stringMatching(/^Donald Trump is poised .* next week$/) });
      expect(speakerOf(x, 'Donald Trump is poised')?.name).toBe('members of The POLITICO Caucus');
    });

    it('"That\'s according to X, Y reports." gives the sentence before to X, with Y in the chain', () => {
      const text =
        'Russian propaganda is spreading fakes about the mobilization of teachers in Ukraine. That’s according to the Center for Countering Disinformation, Ukrinform reports.';
      const x = interpretAttributions(text, [
        attribution(text, { source: 'Ukrinform', cue: 'reports', content: 'That’s according to the Center for Countering Disinformation' }),
      ]);
      expect(x.statements).toHaveLength(1);
      expect(speakerOf(x, 'Russian propaganda')?.name).toBe('the Center for Countering Disinformation');
      expect(chainOf(x, 'Russian propaganda')).toEqual(['Ukrinform']);
    });

    it('a source that is the tail of a dash aside is the person before the aside ("Kall -- co-editor of …, a book … -- said")', () => {
      const text =
        "Aaron Kall is director of debate at the University of Michigan. Kall -- co-editor of Debating The Donald, a book analyzing Trump's performances at GOP primary debates -- said the candidate tended to make announcements at those encounters.";
      const x = interpretAttributions(text, [
        attribution(text, { source: "a book analyzing Trump's performances at GOP primary debates --", cue: 'said', content: 'the candidate tended to make announcements at those encounters' }),
      ]);
      expect(speakerOf(x, 'the candidate tended')).toEqual({ name: 'Aaron Kall', type: 'PERSON' });
    });

    it('a source with its whole dash aside is the name before it ("Jason Sims — a teacher from Mount Pleasant — says")', () => {
      const text = 'Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision to vote for Marco Rubio.';
      const x = interpretAttributions(text, [
        attribution(text, { source: 'Jason Sims — a teacher from Mount Pleasant —', cue: 'says', content: 'he made a last-minute decision to vote for Marco Rubio' }),
      ]);
      expect(speakerOf(x, 'he made')).toEqual({ name: 'Jason Sims', type: 'PERSON' });
    });

    it('"Y told X that …": Y speaks, and an outlet X is a hop of the chain ("told The Washington Post")', () => {
      const text = "Trump campaign spokesman Jason Miller told The Washington Post that Trump's maternity-leave policy would extend to single mothers.";
      const x = interpretAttributions(text, [
        attribution(text, { source: 'Trump campaign spokesman Jason Miller', cue: 'told', content: "that Trump's maternity-leave policy would extend to single mothers" }),
      ]);
      expect(speakerOf(x, "Trump's maternity-leave")?.name).toBe('Jason Miller');
      expect(chainOf(x, "Trump's maternity-leave")).toEqual(['the Washington Post']);
    });

    it('"…," Y told a host of an outlet: the outlet is the hop ("Trump told Bill O\'Reilly of Fox News")', () => {
      const text = '"Look, it\'s a phony system," Trump told Bill O\'Reilly of Fox News this week.';
      const x = interpretAttributions(text, [attribution(text, { source: 'Trump', cue: 'told', content: '"Look, it\'s a phony system,"' })]);
      expect(chainOf(x, 'Look, it')).toEqual(['Fox News']);
    });

    it('"Y told X" where X is a person is Y\'s statement with no hop (X is only the audience)', () => {
      const text = '"You should be criminally investigated," Warren told Stumpf, after he admitted he had not yet been questioned.';
      const x = interpretAttributions(text, [attribution(text, { source: 'Warren', cue: 'told', content: '"You should be criminally investigated,"' })]);
      expect(speakerOf(x, 'You should be')?.name).toBe('Elizabeth Warren');
      expect(chainOf(x, 'You should be')).toEqual([]);
    });

    it('"the Post" as a source is the paper the article named in full before it (The Washington Post)', () => {
      const text =
        'The Washington Post reported that Lewandowski was ousted. Members of the Trump family long ago soured on Lewandowski, the Post reported, citing another anonymous source.';
      const x = interpretAttributions(text, [
        attribution(text, { source: 'The Washington Post', cue: 'reported', content: 'that Lewandowski was ousted' }),
        attribution(text, { source: 'the Post', cue: 'reported', content: 'Members of the Trump family long ago soured on Lewandowski' }),
      ]);
      expect(speakerOf(x, 'Members of the Trump')).toEqual({ name: 'the Washington Post', type: 'OUTLET' });
      expect(x.actors.filter((a) => a.type === 'OUTLET')).toHaveLength(1);
    });
  });
});
