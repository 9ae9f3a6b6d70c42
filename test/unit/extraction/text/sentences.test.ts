import { analyzeText } from '../../../../src/extraction/text';

const sentences = (text: string): string[] => analyzeText(text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('splits at a period followed by a capital', () => {
    expect(sentences('He left. She stayed.')).toEqual(['He left.', 'She stayed.']);
  });

  it('does not split after an abbreviation', () => {
    expect(sentences('Mr. Smith met Sen. Jones in Washington.')).toHaveLength(1);
  });

  it('keeps a closing quote with the sentence it ends', () => {
    expect(sentences('"We lost." She wept.')).toEqual(['"We lost."', 'She wept.']);
  });

  it('treats each line as its own paragraph', () => {
    const { sentences: s } = analyzeText('Details\n\nHe said so.');
    expect(s.map((x) => x.paragraph)).toEqual([0, 1]);
  });

  it('does not split a quotation opening a paragraph from its first words', () => {
    const text = 'He left.\n"During the talks, it is planned," she said.';
    expect(sentences(text)).toEqual(['He left.', '"During the talks, it is planned," she said.']);
  });
});
