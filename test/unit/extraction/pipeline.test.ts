import { extractArticle, PIPELINE_EXTRACTOR } from '../../../src/extraction/pipeline';
import type { ExtractedStatement } from '../../../src/extraction/types';
import { readReferenceArticle } from '../../fixtures/extraction/unn-reference-spans';

/**
 * The span tagger and the interpreter together on the real reference article: what the
 * combined pipeline gets right of DOMAIN.md's table. Statements are found by a phrase of their
 * words, since the tagger's span boundaries may move as its model is retrained.
 */
describe('extractArticle on the reference article', () => {
  const text = readReferenceArticle();
  const x = extractArticle(text);
  const key = (name: string): string | undefined => x.actors.find((a) => a.name === name)?.key;
  const statementWith = (phrase: string): ExtractedStatement | undefined => x.statements.find((s) => s.quote.includes(phrase));

  it('records the pipeline as extractor, the date and the publisher', () => {
    expect(x).toMatchObject({ extractor: PIPELINE_EXTRACTOR, publishedAt: '2024-05-23', outletKey: key('UNN') });
  });

  it.each([
    ['1', 'he will meet with President Alexander Lukashenko', 'Dmitry Peskov', 'INDIRECT'],
    ['2', 'Today the two presidents', 'Dmitry Peskov', 'DIRECT'],
    ['3', 'Putin will visit Belarus on May 23-24', 'the Kremlin press service', 'ACCORDING_TO'],
    ['4', 'During the talks', 'the Kremlin press service', 'DIRECT'],
    ['5', 'the parties would discuss', "Lukashenko's press service", 'MIXED'],
    ['6', 'promoting joint trade', "Lukashenko's press service", 'MIXED'],
    ['8', 'Ukraine has control over the situation', 'Andriy Kovalenko', 'INDIRECT'],
    ['9', 'every week Russia is seriously working', 'Andriy Yusov', 'ACCORDING_TO'],
    ['10', "Russia's goal is to create panic", 'Andriy Yusov', 'INDIRECT'],
  ])('row %s: speaker and kind', (_row, phrase, speaker, kind) => {
    expect(statementWith(phrase)).toMatchObject({ speakerKey: key(speaker), kind });
  });

  it('row 1 comes via the Russian media, then UNN', () => {
    expect(statementWith('he will meet with President')?.via).toEqual([key('the Russian media'), key('UNN')]);
  });

  it('row 7 is unattributed and hedged', () => {
    expect(statementWith('reportedly discuss')).toMatchObject({ speakerKey: null, kind: 'UNATTRIBUTED', hedged: true });
  });

  it("row 9 reports Russia's claim, and Kovalenko and Yusov counter the Belarus-threat claim", () => {
    const yusov = statementWith('every week Russia is seriously working');
    const nested = x.statements.find((s) => s.key === yusov?.reportsKey);
    expect(nested?.speakerKey).toBe(key('Russia'));
    const threat = x.claims.find((c) => c.text === 'Belarus poses a great threat')?.key;
    const kovalenko = statementWith('Ukraine has control over the situation');
    const countering = x.relations.filter((r) => r.toKey === threat && r.relation === 'COUNTERS').map((r) => r.fromKey);
    expect(countering).toEqual(expect.arrayContaining([kovalenko?.claimKey, yusov?.claimKey]));
  });

  it('merges the entities of the article into one actor each', () => {
    const names = x.actors.map((a) => a.name);
    for (const name of ['Vladimir Putin', 'Alexander Lukashenko', 'Dmitry Peskov', 'Andriy Kovalenko', 'Andriy Yusov', 'the Kremlin press service', "Lukashenko's press service", 'the Center for Countering Disinformation', 'Main Intelligence Directorate', 'UNN', 'the Russian media']) {
      expect(names.filter((n) => n === name)).toHaveLength(1);
    }
    expect(x.actors.find((a) => a.name === 'Alexander Lukashenko')?.aliases).toEqual(expect.arrayContaining(['Oleksandr Lukashenko', 'Lukashenko']));
  });

  it('keeps every statement span exact', () => {
    for (const s of x.statements) expect(text.slice(s.span.start, s.span.end)).toBe(s.quote);
  });
});
