import { analyzeText } from '../../../../src/extraction/text';

const quoted = (text: string): string[] => {
  const a = analyzeText(text);
  return a.quotes.map((q) => text.slice((a.tokens[q.open] as { start: number }).start, (a.tokens[q.close] as { end: number }).end));
};

describe('quotations', () => {
  it('pairs straight double quotes', () => {
    expect(quoted('He said "yes" and "no".')).toEqual(['"yes"', '"no"']);
  });

  it('pairs curly quotes', () => {
    expect(quoted('He said “yes, of course” today.')).toEqual(['“yes, of course”']);
  });

  it('pairs guillemets', () => {
    expect(quoted('Il a dit «oui» hier.')).toEqual(['«oui»']);
  });

  it('continues a quote spanning two paragraphs (news style: no closing mark on the first)', () => {
    const text = '"First part of the quote.\n\n"Second part," she said.';
    expect(quoted(text)).toEqual(['"First part of the quote.\n\n"Second part,"']);
  });

  it('ends an unclosed quote at the end of its paragraph', () => {
    const text = 'They will talk about "promoting trade.\n\nNext paragraph.';
    expect(quoted(text)).toEqual(['"promoting trade.']);
  });

  it('closes an unbalanced quote when a new one opens in the same paragraph', () => {
    expect(quoted('He said “one and then “two” here.')).toEqual(['“one and then', '“two”']);
  });
});
