import { buildDocument } from '../../../../src/extraction/attribution/document';
import { analyzeText } from '../../../../src/extraction/text';
import { clauseStarts, quoteContinuation, repairNextClause } from '../../../../src/extraction/attribution/rules';
import { attributionsOf } from './helpers';

describe('attribution patterns', () => {
  it('"X said that Y"', () => {
    expect(attributionsOf('Senator John Smith said that the bill would pass next week.')).toEqual([
      { source: 'Senator John Smith', cue: 'said', content: ['that the bill would pass next week'] },
    ]);
  });

  it('"according to X, Y"', () => {
    expect(attributionsOf('According to the Pentagon, the strike killed three militants.')).toEqual([
      { source: 'the Pentagon', cue: 'According to', content: ['the strike killed three militants'] },
    ]);
  });

  it('a straight-quoted quote, then "the mayor said"', () => {
    expect(attributionsOf('"We will not back down," the mayor said.')).toEqual([
      { source: 'the mayor', cue: 'said', content: ['"We will not back down,"'] },
    ]);
  });

  it('a curly-quoted quote', () => {
    expect(attributionsOf('“We will not back down,” the mayor said.')).toEqual([
      { source: 'the mayor', cue: 'said', content: ['“We will not back down,”'] },
    ]);
  });

  it('a guillemet-quoted quote', () => {
    const [a] = attributionsOf('«We will not back down», the mayor said.');
    expect(a).toMatchObject({ source: 'the mayor', cue: 'said' });
    expect(a?.content.join(' ')).toContain('We will not back down');
  });

  it('a quotation signed with a dash after it (rule: dashSignedQuotes)', () => {
    const text = 'Readers wrote in.\n“He represents our greatest shame.” ― Sonya Herridge\n“Mostly he promotes ignorance.” ― Esther Tapia';
    expect(attributionsOf(text)).toEqual([
      { source: 'Sonya Herridge', cue: '―', content: ['“He represents our greatest shame.”'] },
      { source: 'Esther Tapia', cue: '―', content: ['“Mostly he promotes ignorance.”'] },
    ]);
    expect(attributionsOf('"Wealth is going to the top 1 percent."\n\n- Bernie Sanders.')).toEqual([
      { source: 'Bernie Sanders', cue: '-', content: ['"Wealth is going to the top 1 percent."'] },
    ]);
  });

  it('"X told reporters that Y"', () => {
    const [a] = attributionsOf('The governor told reporters that the budget was balanced.');
    expect(a).toMatchObject({ source: 'The governor', content: ['that the budget was balanced'] });
    expect(a?.cue).toMatch(/^told/);
  });

  it('"X denied that Y"', () => {
    expect(attributionsOf('The White House denied that the president had met the envoy.')).toEqual([
      { source: 'The White House', cue: 'denied', content: ['that the president had met the envoy'] },
    ]);
  });

  it('"X believe that Y" (a belief is an attribution too)', () => {
    expect(attributionsOf('Many economists believe that inflation will fall next year.')).toEqual([
      { source: 'Many economists', cue: 'believe', content: ['that inflation will fall next year'] },
    ]);
  });

  it('"X said in a statement that Y"', () => {
    const [a] = attributionsOf('The ministry said in a statement that the talks had failed.');
    expect(a).toMatchObject({ source: 'The ministry', content: ['that the talks had failed'] });
    expect(a?.cue).toMatch(/^said/);
  });

  it('a quote spanning two paragraphs', () => {
    const text = '"The first paragraph of the quote goes here.\n\n"And the second paragraph ends it," said Jane Doe, a spokeswoman.';
    const [a] = attributionsOf(text);
    expect(a?.source).toMatch(/^Jane Doe/);
    expect(a?.content.join(' ')).toContain('The first paragraph of the quote');
    expect(a?.content.join(' ')).toContain('And the second paragraph ends it');
  });

  it('a quote split around its cue: "A," she said. "B."', () => {
    expect(attributionsOf('"It is over," she said. "We lost."')).toEqual([
      { source: 'she', cue: 'said', content: ['"It is over,"', '"We lost."'] },
    ]);
  });

  it('a split quote continued after a long cue clause and in the next paragraph (rule: quoteContinuation)', () => {
    const text = '“Ted Cruz is the best conservative candidate since Ronald Reagan,” Viguerie tells Breitbart News in an exclusive interview.\n\n“He’s what we’ve waited for ever since Reagan. He checks all our boxes.”';
    expect(attributionsOf(text)).toEqual([
      {
        source: 'Viguerie',
        cue: 'tells',
        content: ['“Ted Cruz is the best conservative candidate since Ronald Reagan,”', '“He’s what we’ve waited for ever since Reagan. He checks all our boxes.”'],
      },
    ]);
  });

  it('a split quote is not continued into a quotation with its own cue (rule: quoteContinuation)', () => {
    const text = '“It was very nice,” Adelson said on Monday. “He was very charming,” his wife added.';
    const doc = buildDocument(analyzeText(text));
    const index = (w: string): number => doc.tokens.findIndex((t) => t.text === w);
    const cue = index('said');
    const tags = new Uint8Array(doc.tokens.length);
    tags.fill(2, 0, index('Adelson'));
    const isCue = new Uint8Array(doc.tokens.length);
    isCue[cue] = 1;
    const open = index('He') - 1;
    expect(quoteContinuation(doc, cue, cue + 1, 0, tags, isCue)).toEqual([[open, index('his')]]);
    isCue[index('added')] = 1;
    expect(quoteContinuation(doc, cue, cue + 1, 0, tags, isCue)).toEqual([]);
  });

  it('a second predicate sharing the subject ends the first content (rule: repairNextClause)', () => {
    expect(attributionsOf('Clinton questioned the science of climate change and criticized the Paris agreement on Monday.')).toEqual([
      { source: 'Clinton', cue: 'questioned', content: ['the science of climate change'] },
      { source: 'Clinton', cue: 'criticized', content: ['the Paris agreement on Monday'] },
    ]);
  });

  it("a content stops where the next attribution's clause starts, but not at nested speech after \"that\" (rule: repairNextClause)", () => {
    const text = 'He said that he makes recommendations on cases, Smith said he does not.';
    const doc = buildDocument(analyzeText(text));
    const index = (w: string, from = 0): number => doc.tokens.findIndex((t, i) => i >= from && t.text === w);
    const cue = index('said');
    const second = index('said', cue + 1);
    const content = (): Uint8Array => {
      const tags = new Uint8Array(doc.tokens.length);
      tags[0] = 1;
      // The role tagger does not see other cues: its content runs on to the sentence end.
      tags.fill(2, cue + 1, doc.tokens.length - 1);
      return tags;
    };
    const others = [{ cue: { start: second }, lo: 0, tags: Uint8Array.from(doc.tokens, (_, i) => (i === index('Smith') ? 1 : 0)) }];
    const tags = content();
    repairNextClause(doc, cue + 1, 0, tags, clauseStarts(doc.tokens.length, others));
    expect(doc.tokens.filter((_, i) => tags[i] === 2).map((t) => t.text).join(' ')).toBe('that he makes recommendations on cases');
    // "… said that Smith said …" is Smith's speech nested in the first content: it stays.
    const nested = buildDocument(analyzeText('He said that Smith said he does not.'));
    const nestedTags = new Uint8Array(nested.tokens.length).fill(2, 2, nested.tokens.length - 1);
    repairNextClause(nested, 2, 0, nestedTags, clauseStarts(nested.tokens.length, [{ cue: { start: 4 }, lo: 0, tags: Uint8Array.of(0, 0, 0, 1, 0, 0, 0, 0, 0) }]));
    expect(nestedTags.filter((t) => t === 2)).toHaveLength(nested.tokens.length - 3);
  });

  it('a long quotation nobody is found to say goes to the last speaker named, without a cue (rule: orphanQuotations)', () => {
    const quote = '"We will rebuild every school and every hospital that the storm destroyed, and we will do it this year."';
    expect(attributionsOf(`Mayor Jane Smith said the city would recover by the summer.\n\n${quote}`)).toEqual([
      { source: 'Mayor Jane Smith', cue: 'said', content: ['the city would recover by the summer'] },
      { source: 'Mayor Jane Smith', cue: null, content: [quote] },
    ]);
    // Short quotations are mostly scare quotes: no attribution.
    expect(attributionsOf('The "bold step" plan was approved in May.')).toEqual([]);
  });

  it('unbalanced quote marks still give the content', () => {
    const [a] = attributionsOf('He said "this is "unbalanced and it goes on.');
    expect(a).toMatchObject({ source: 'He', cue: 'said' });
    expect(a?.content.join(' ')).toContain('unbalanced and it goes on');
  });

  it('no attribution in a sentence without a cue', () => {
    expect(attributionsOf('The river flooded the valley in the spring.')).toEqual([]);
  });
});
