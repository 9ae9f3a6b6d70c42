import { interpretAttributions } from '../../../../src/extraction/interpretation';
import { attribution } from '../../../fixtures/extraction/span-builder';

describe('continuations', () => {
  it('a following sentence opening with "They" continues the speaker, MIXED when it quotes', () => {
    const text = 'The ministry of energy said repairs will take a week. They expect "full supply by Friday".';
    const x = interpretAttributions(text, [attribution(text, { source: 'The ministry of energy', cue: 'said', content: 'repairs will take a week' })]);
    const [first, second] = x.statements;
    expect(second).toMatchObject({ speakerKey: first?.speakerKey, kind: 'MIXED', cue: null, sourceSpan: null });
    expect(second?.confidence).toBeLessThan(first?.confidence ?? 0);
  });

  it('a following sentence naming what the statement named continues it, INDIRECT', () => {
    const text = 'According to Andriy Yusov, Russia is moving reserves to Kursk. Russia wants to stop the advance by winter.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Andriy Yusov', cue: 'According to', content: 'Russia is moving reserves to Kursk' })]);
    expect(x.statements[1]).toMatchObject({ speakerKey: x.statements[0]?.speakerKey, kind: 'INDIRECT' });
  });

  it('a sentence in the next paragraph does not continue, and an unrelated sentence is no statement', () => {
    const text = 'Andriy Yusov said the drones came from the north.\n\nThey will be studied by engineers.\n\nThe weather was cold and wet all week long.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Andriy Yusov', cue: 'said', content: 'the drones came from the north' })]);
    expect(x.statements).toHaveLength(1);
  });
});

describe('hedged and unattributed claims', () => {
  it.each([
    ['allegedly', 'Russian troops allegedly crossed the border near Sumy.'],
    ['reportedly', 'The two leaders will reportedly meet in Minsk next week.'],
    ['is said to', 'The convoy is said to carry air-defence systems.'],
    ['rumoured', 'A new offensive is rumoured to start in spring.'],
  ])('"%s" makes an uncovered sentence an UNATTRIBUTED hedged statement', (_hedge, text) => {
    const x = interpretAttributions(text, []);
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]).toMatchObject({ kind: 'UNATTRIBUTED', hedged: true, speakerKey: null, quote: text.slice(0, -1) });
  });

  it('headings and short fragments never become statements', () => {
    const text = 'Details\n\nPreviously\n\nAddendum\n\nRead more.';
    expect(interpretAttributions(text, []).statements).toEqual([]);
  });

  it('a hedge inside an attributed content marks that statement hedged', () => {
    const text = 'Oleh Petrenko said the troops had reportedly left Kherson.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Oleh Petrenko', cue: 'said', content: 'the troops had reportedly left Kherson' })]);
    expect(x.statements[0]).toMatchObject({ kind: 'INDIRECT', hedged: true });
  });
});

describe('contents the span stage over-extends', () => {
  it('a content running over two sentences outside quotes is a statement and its continuation', () => {
    const text = 'The ministry of energy said repairs will take a week. Crews are working "around the clock".';
    const x = interpretAttributions(text, [attribution(text, { source: 'The ministry of energy', cue: 'said', content: 'repairs will take a week. Crews are working "around the clock"' })]);
    expect(x.statements.map((s) => [s.quote, s.kind, s.cue])).toEqual([
      ['repairs will take a week', 'INDIRECT', 'said'],
      ['Crews are working "around the clock"', 'MIXED', null],
    ]);
    expect(x.statements[1]?.speakerKey).toBe(x.statements[0]?.speakerKey);
  });

  it('a quotation of several sentences stays one DIRECT statement', () => {
    const text = '"Repairs will take a week. Crews are working around the clock," Oleh Petrenko said.';
    const x = interpretAttributions(text, [attribution(text, { source: 'Oleh Petrenko', cue: 'said', content: '"Repairs will take a week. Crews are working around the clock,"' })]);
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.kind).toBe('DIRECT');
  });

  it('an attribution inside the content with a cue of doing, not saying, is not nested speech', () => {
    const text = 'The press service said that the parties would discuss trade and security.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'The press service', cue: 'said', content: 'the parties would discuss trade and security' }),
      attribution(text, { source: 'the parties', cue: 'would discuss', content: 'trade and security' }),
    ]);
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.reportsKey).toBeUndefined();
  });
});
