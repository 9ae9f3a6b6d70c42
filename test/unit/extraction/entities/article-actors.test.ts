import { ArticleActors, type ActorMention } from '../../../../src/extraction/entities';

let at = 0;
function mention(text: string, type: ActorMention['type'] = 'PERSON', extra: Partial<ActorMention> = {}): ActorMention {
  at += 100;
  return { text, span: { start: at, end: at + text.length }, type, confidence: 0.9, ...extra };
}

describe('actors within one article', () => {
  it('merges a full name, its other romanisation and a lone surname; the canonical name is the known spelling', () => {
    const actors = new ArticleActors();
    actors.add(mention('Lukashenko'));
    actors.add(mention('President Alexander Lukashenko', 'PERSON', { weak: true }));
    actors.add(mention('Oleksandr Lukashenko', 'PERSON', { weak: true }));
    actors.resolve();
    const { actors: out } = actors.toExtracted();
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ name: 'Alexander Lukashenko', aliases: ['Lukashenko', 'Oleksandr Lukashenko'], key: 'actor:alexander-lukashenko' });
  });

  it('a lone well-known surname gets the full name even when the text never writes it, and a lone first name joins it', () => {
    const actors = new ArticleActors();
    actors.add(mention("Putin's"));
    actors.add(mention('Vladimir', 'PERSON', { weak: true }));
    actors.resolve();
    const { actors: out } = actors.toExtracted();
    expect(out.map((a) => [a.name, a.aliases])).toEqual([['Vladimir Putin', ['Putin', 'Vladimir']]]);
  });

  it('a lone name is read as a surname first: "Emanuel" is Rahm Emanuel, though Emanuel is also a given name', () => {
    const actors = new ArticleActors();
    actors.add(mention('Rahm Emanuel'));
    actors.add(mention('Emanuel'));
    actors.add(mention('Emanuel'));
    actors.resolve();
    expect(actors.toExtracted().actors.map((a) => [a.name, a.aliases])).toEqual([['Rahm Emanuel', ['Emanuel']]]);
  });

  it('a lone surname joins a full name that holds it inside: "Ms. Acosta" is Melba Acosta Febo', () => {
    const actors = new ArticleActors();
    actors.add(mention('Melba Acosta Febo'));
    actors.add(mention('Ms. Acosta'));
    actors.resolve();
    expect(actors.toExtracted().actors.map((a) => a.name)).toEqual(['Melba Acosta Febo']);
  });

  it('lone names that join no full name are one person per article, unless their titles differ in gender', () => {
    const actors = new ArticleActors();
    actors.add(mention('Bob'));
    actors.add(mention('Bob'));
    actors.add(mention('Ms. Hewitt'));
    actors.add(mention('Hewitt'));
    actors.add(mention('Mr. Hewitt'));
    actors.resolve();
    expect(actors.toExtracted().actors.map((a) => a.key)).toEqual(['actor:bob', 'actor:hewitt', 'actor:hewitt-2']);
  });

  it('drops names that only occur in running text and join no actor', () => {
    const actors = new ArticleActors();
    actors.add(mention('Andriy Kovalenko'));
    actors.add(mention('Joe Smith', 'PERSON', { weak: true }));
    actors.resolve();
    expect(actors.toExtracted().actors.map((a) => a.name)).toEqual(['Andriy Kovalenko']);
  });

  it('merges organisations written with and without "The"', () => {
    const actors = new ArticleActors();
    actors.add(mention('The Center for Countering Disinformation', 'ORGANIZATION'));
    actors.add(mention('the Center for Countering Disinformation', 'ORGANIZATION'));
    actors.resolve();
    expect(actors.toExtracted().actors.map((a) => [a.name, a.aliases])).toEqual([['the Center for Countering Disinformation', []]]);
  });

  it('keeps roles and PART_OF pointing at the merged actors', () => {
    const actors = new ArticleActors();
    const kovalenko = actors.add(mention('Andriy Kovalenko'));
    const center = actors.add(mention('the Center for Countering Disinformation', 'ORGANIZATION'));
    const council = actors.add(mention('the National Security and Defense Council', 'ORGANIZATION'));
    actors.addRole(kovalenko, 'head', center);
    actors.setPartOf(center, council);
    actors.resolve();
    const { actors: out, keyOf } = actors.toExtracted();
    expect(out.find((a) => a.name === 'Andriy Kovalenko')?.roles).toEqual([{ title: 'head', ofKey: keyOf(center) }]);
    expect(out.find((a) => a.key === keyOf(center))?.partOfKey).toBe(keyOf(council));
  });
});
