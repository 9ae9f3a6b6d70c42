import { parseSourcePhrase } from '../../../../src/extraction/interpretation';

function parse(source: string) {
  return parseSourcePhrase(source, { start: 0, end: source.length });
}

describe('source phrases', () => {
  it('"Name, role of Org at Org" gives the name, the role and PART_OF', () => {
    const p = parse('Andriy Kovalenko, head of the Center for Countering Disinformation at the National Security and Defense Council');
    expect(p.head).toMatchObject({ kind: 'name', ref: { text: 'Andriy Kovalenko' } });
    expect(p.role).toMatchObject({ title: 'head', of: { text: 'the Center for Countering Disinformation' } });
    expect(p.partOf.map((l) => [l.child.text, l.parent.text])).toEqual([['the Center for Countering Disinformation', 'the National Security and Defense Council']]);
  });

  it('"The role of Org, Name" (appositive first) gives the same', () => {
    const p = parse('The head of the Center for Countering Disinformation at the National Security and Defense Council, Andriy Kovalenko');
    expect(p.head).toMatchObject({ kind: 'name', ref: { text: 'Andriy Kovalenko' } });
    expect(p.role?.title).toBe('head');
  });

  it('"Name, a role of Org\'s Org" gives PART_OF from the possessive', () => {
    const p = parse("Andriy Yusov, a representative of the Defense Ministry's Main Intelligence Directorate");
    expect(p.role).toMatchObject({ title: 'representative', of: { text: 'Main Intelligence Directorate' } });
    expect(p.partOf.map((l) => [l.child.text, l.parent.text])).toEqual([['Main Intelligence Directorate', 'the Defense Ministry']]);
  });

  it('"Person\'s role Name" gives the role of a person', () => {
    const p = parse("Putin's press secretary Dmitry Peskov");
    expect(p.head).toMatchObject({ kind: 'name', ref: { text: 'Dmitry Peskov', span: { start: 24, end: 37 } } });
    expect(p.role).toMatchObject({ title: 'press secretary', of: { text: 'Putin' } });
  });

  it('"Person\'s press service" is an organisation owned by the person', () => {
    const p = parse("Lukashenko's press service");
    expect(p.head).toMatchObject({ kind: 'name', ref: { text: "Lukashenko's press service" } });
    expect(p.owner).toMatchObject({ title: 'press service', ref: { text: 'Lukashenko' } });
    expect(p.partOf).toEqual([]);
  });

  it('"Org of the Org" splits, "Ministry of Defense" does not', () => {
    expect(parse('the Main Intelligence Directorate of the Ministry of Defense').partOf.map((l) => [l.child.text, l.parent.text])).toEqual([
      ['the Main Intelligence Directorate', 'the Ministry of Defense'],
    ]);
    expect(parse('the Ministry of Defense').partOf).toEqual([]);
  });

  it('pronouns and nominals are recognised as such', () => {
    expect(parse('she').head).toMatchObject({ kind: 'pronoun', pronoun: 'she' });
    expect(parse('the statement').head).toMatchObject({ kind: 'nominal', head: 'statement' });
    expect(parse('The press service').head).toMatchObject({ kind: 'nominal', head: 'press service' });
    expect(parse('the Russian media').head.kind).toBe('name');
  });
});
