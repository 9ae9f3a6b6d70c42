import { interpretAttributions } from '../../../../src/extraction/interpretation';
import type { ExtractedActor, ExtractedStatement, Extraction } from '../../../../src/extraction/types';
import { readReferenceArticle, referenceSpans, taggerLikeReferenceSpans, variantReferenceSpans } from '../../../fixtures/extraction/unn-reference-spans';

/**
 * The reference article of DOMAIN.md, interpreted from hand-made spans: every row of the
 * table, every entity merge, and the five questions the API must answer.
 */
const text = readReferenceArticle();

const fixtures: Array<[string, () => Extraction]> = [
  ['spans a good tagger gives', () => interpretAttributions(text, referenceSpans(text))],
  ['a variant: extra chain attributions, no quote marks, final periods, "that", explicit nested attribution', () => interpretAttributions(text, variantReferenceSpans(text))],
  ['what the span tagger gave: a content over two sentences, plans tagged as attributions, a sourceless hedge', () => interpretAttributions(text, taggerLikeReferenceSpans(text))],
];

describe.each(fixtures)('the reference article from %s', (_name, interpret) => {
  const x = interpret();
  const actor = (name: string): ExtractedActor => {
    const found = x.actors.filter((a) => a.name === name);
    expect(found).toHaveLength(1);
    return found[0] as ExtractedActor;
  };
  const statementStarting = (prefix: string): ExtractedStatement => {
    const found = x.statements.filter((s) => s.quote.startsWith(prefix));
    expect(found).toHaveLength(1);
    return found[0] as ExtractedStatement;
  };
  const claimText = (s: ExtractedStatement): string => x.claims.find((c) => c.key === s.claimKey)?.text ?? '';
  const claimKeyOf = (claim: string): string => x.claims.find((c) => c.text === claim)?.key ?? 'missing';
  const counters = (fromKey: string | null): string[] => x.relations.filter((r) => r.fromKey === fromKey && r.relation === 'COUNTERS').map((r) => r.toKey);

  it('reads the date line as the publication date and UNN as the publisher', () => {
    expect(x.publishedAt).toBe('2024-05-23');
    expect(x.outletKey).toBe(actor('UNN').key);
  });

  it('row 1: Peskov, INDIRECT, via the Russian media then UNN', () => {
    const s = statementStarting('On Thursday evening, he will meet');
    expect(s.speakerKey).toBe(actor('Dmitry Peskov').key);
    expect(s.kind).toBe('INDIRECT');
    expect(s.via).toEqual([actor('the Russian media').key, actor('UNN').key]);
    expect(s.cue).toBe('said');
  });

  it('row 2: Peskov, DIRECT', () => {
    const s = statementStarting('Today the two presidents');
    expect(s.speakerKey).toBe(actor('Dmitry Peskov').key);
    expect(s.kind).toBe('DIRECT');
    expect(claimText(s)).toMatch(/^Today the two presidents .* this very official visit$/);
  });

  it('row 3: the Kremlin press service, ACCORDING_TO', () => {
    const s = statementStarting('Putin will visit Belarus on May 23-24');
    expect(s.speakerKey).toBe(actor('the Kremlin press service').key);
    expect(s.kind).toBe('ACCORDING_TO');
  });

  it('row 4: "the statement said" resolves to the Kremlin press service, not Peskov; DIRECT', () => {
    const s = statementStarting('During the talks');
    expect(s.speakerKey).toBe(actor('the Kremlin press service').key);
    expect(s.kind).toBe('DIRECT');
  });

  it("row 5: Lukashenko's press service, MIXED", () => {
    const s = statementStarting('the parties would discuss');
    expect(s.speakerKey).toBe(actor("Lukashenko's press service").key);
    expect(s.kind).toBe('MIXED');
  });

  it("row 6: the uncued next sentence continues Lukashenko's press service, MIXED, with lower confidence", () => {
    const s = statementStarting('They will talk about');
    const row5 = statementStarting('the parties would discuss');
    expect(s.speakerKey).toBe(row5.speakerKey);
    expect(s.kind).toBe('MIXED');
    expect(s.cue).toBeNull();
    expect(s.confidence).toBeLessThan(row5.confidence);
  });

  it('row 7: "will also reportedly discuss" is UNATTRIBUTED and hedged', () => {
    const s = statementStarting('The dictators will also reportedly discuss');
    expect(s.speakerKey).toBeNull();
    expect(s.kind).toBe('UNATTRIBUTED');
    expect(s.hedged).toBe(true);
  });

  it('row 8: Kovalenko, INDIRECT, countering the equipment and the great-threat claims', () => {
    const s = statementStarting('Ukraine has control over the situation');
    expect(s.speakerKey).toBe(actor('Andriy Kovalenko').key);
    expect(s.kind).toBe('INDIRECT');
    expect(counters(s.claimKey)).toEqual(expect.arrayContaining([claimKeyOf('Russian equipment is being deployed in Belarus'), claimKeyOf('Belarus poses a great threat')]));
    const cue = x.relations.find((r) => r.fromKey === s.claimKey)?.cue;
    expect(cue).toBe('premature horror stories');
  });

  it('row 9: Yusov, ACCORDING_TO, reporting Russia\'s "Belarus is about to be attacked" and countering it and the threat claim', () => {
    const s = statementStarting('every week Russia is seriously working');
    expect(s.speakerKey).toBe(actor('Andriy Yusov').key);
    expect(s.kind).toBe('ACCORDING_TO');
    const nested = x.statements.find((n) => n.key === s.reportsKey);
    expect(nested?.speakerKey).toBe(actor('Russia').key);
    expect(nested ? claimText(nested) : '').toBe('Belarus is about to be attacked');
    expect(nested?.via).toEqual([actor('Andriy Yusov').key]);
    expect(counters(s.claimKey)).toEqual(expect.arrayContaining([nested?.claimKey, claimKeyOf('Belarus poses a great threat')]));
  });

  it("row 10: \"Russia's goal is …\" continues Yusov, INDIRECT", () => {
    const s = statementStarting("Russia's goal is to create panic");
    expect(s.speakerKey).toBe(actor('Andriy Yusov').key);
    expect(s.kind).toBe('INDIRECT');
    expect(s.confidence).toBeLessThan(statementStarting('every week Russia').confidence);
  });

  it('makes no statement of the headings "Details", "Previously", "Addendum"', () => {
    for (const heading of ['Details', 'Previously', 'Addendum']) expect(x.statements.some((s) => s.quote.includes(heading))).toBe(false);
  });

  it('keeps every span exact: quote, fragments, source and cue are slices of the original text', () => {
    for (const s of x.statements) {
      expect(text.slice(s.span.start, s.span.end)).toBe(s.quote);
      expect(s.fragments[0]?.start).toBe(s.span.start);
      expect(s.fragments[s.fragments.length - 1]?.end).toBe(s.span.end);
      if (s.cueSpan !== null) expect(text.slice(s.cueSpan.start, s.cueSpan.end)).toBe(s.cue);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('merges every spelling of each actor into exactly one actor', () => {
    expect(actor('Vladimir Putin').aliases).toEqual(expect.arrayContaining(['Vladimir', 'Putin']));
    expect(actor('Alexander Lukashenko').aliases).toEqual(expect.arrayContaining(['Oleksandr Lukashenko', 'Lukashenko']));
    expect(actor('Dmitry Peskov').aliases).toContain('Peskov');
    for (const name of ['Andriy Kovalenko', 'Andriy Yusov', 'the Kremlin press service', "Lukashenko's press service", 'UNN', 'the Russian media']) actor(name);
    expect(x.actors.filter((a) => /Lukashenko|Putin|Peskov|Yusov|Kovalenko/.test(a.name) && a.type === 'PERSON')).toHaveLength(5);
  });

  it('types outlets, organisations and people', () => {
    expect(actor('UNN').type).toBe('OUTLET');
    expect(actor('the Russian media')).toMatchObject({ type: 'OUTLET', collective: true });
    expect(actor('the Kremlin press service').type).toBe('ORGANIZATION');
    expect(actor('Andriy Yusov').type).toBe('PERSON');
  });

  it('records roles and PART_OF from appositives and possessives', () => {
    const center = actor('the Center for Countering Disinformation');
    expect(actor('Andriy Kovalenko').roles).toEqual([{ title: 'head', ofKey: center.key }]);
    expect(center.partOfKey).toBe(actor('the National Security and Defense Council').key);
    const directorate = actor('Main Intelligence Directorate');
    expect(actor('Andriy Yusov').roles).toEqual([{ title: 'representative', ofKey: directorate.key }]);
    expect(directorate.partOfKey).toBe(actor('the Defense Ministry').key);
    expect(actor('Dmitry Peskov').roles).toEqual([{ title: 'press secretary', ofKey: actor('Vladimir Putin').key }]);
    const pressService = actor("Lukashenko's press service");
    expect(pressService.partOfKey).toBeUndefined();
    expect(pressService.roles).toEqual([{ title: 'press service', ofKey: actor('Alexander Lukashenko').key }]);
  });

  it('tags claims with their topics, the Ukraine–Belarus border among them', () => {
    const kovalenko = statementStarting('Ukraine has control over the situation');
    expect(x.claims.find((c) => c.key === kovalenko.claimKey)?.topics).toEqual(expect.arrayContaining(['Ukraine', 'Belarus', 'the Ukraine–Belarus border']));
    const row4 = statementStarting('During the talks');
    expect(x.claims.find((c) => c.key === row4.claimKey)?.topics).toContain('the Union State');
  });

  it('answers the API questions: who called the threat reports horror stories, what Yusov said, who counters the threat claim', () => {
    const threat = claimKeyOf('Belarus poses a great threat');
    const counterers = x.relations.filter((r) => r.toKey === threat).map((r) => x.statements.find((s) => s.claimKey === r.fromKey)?.speakerKey);
    expect(counterers).toEqual(expect.arrayContaining([actor('Andriy Kovalenko').key, actor('Andriy Yusov').key]));
    const yusovSaid = x.statements.filter((s) => s.speakerKey === actor('Andriy Yusov').key).map((s) => s.quote.slice(0, 20));
    expect(yusovSaid).toEqual(['every week Russia is', "Russia's goal is to "]);
  });

  it('gives the ten rows of the table, the nested statement and the lead as the outlet\'s own claim, nothing else', () => {
    expect(x.statements).toHaveLength(12);
    expect(statementStarting('Russian dictator Vladimir will be visiting')).toMatchObject({ kind: 'UNATTRIBUTED', hedged: false, speakerKey: null });
  });
});
