import { interpretAttributions } from '../../../../src/extraction/interpretation';
import { readArticleMetadata } from '../../../../src/extraction/interpretation/article-metadata';
import { HEADING_MAX_WORDS, MAX_CONTINUATIONS, MAX_CONTROL_CHAR_RATIO, MIN_CLAIM_WORDS } from '../../../../src/extraction/interpretation/limits';
import { isHeading, statementSentences } from '../../../../src/extraction/interpretation/sentences';
import { analyzeText } from '../../../../src/extraction/text';
import { attribution } from '../../../fixtures/extraction/span-builder';

describe('interpretation limits', () => {
  it(`a one-line paragraph of up to HEADING_MAX_WORDS (${HEADING_MAX_WORDS}) words without final punctuation is a heading`, () => {
    const heading = Array.from({ length: HEADING_MAX_WORDS }, () => 'Word').join(' ');
    const longer = `${heading} more`;
    expect(isHeading(heading, { start: 0, end: heading.length }, 1, HEADING_MAX_WORDS)).toBe(true);
    expect(isHeading(longer, { start: 0, end: longer.length }, 1, HEADING_MAX_WORDS)).toBe(false);
  });

  it(`an uncovered sentence under MIN_CLAIM_WORDS (${MIN_CLAIM_WORDS}) words is never a claim`, () => {
    expect(interpretAttributions('Putin reportedly left.', []).statements).toEqual([]);
    expect(interpretAttributions('Putin reportedly left Minsk.', []).statements).toHaveLength(1);
  });

  it(`at most MAX_CONTINUATIONS (${MAX_CONTINUATIONS}) sentences continue one attribution`, () => {
    const text = `Oleh Petrenko said the line holds. ${'They will hold it all winter. '.repeat(MAX_CONTINUATIONS + 2)}`;
    const x = interpretAttributions(text, [attribution(text, { source: 'Oleh Petrenko', cue: 'said', content: 'the line holds' })]);
    expect(x.statements.filter((s) => s.cue === null)).toHaveLength(MAX_CONTINUATIONS);
  });

  it(`text with more than MAX_CONTROL_CHAR_RATIO (${MAX_CONTROL_CHAR_RATIO}) control characters is binary`, () => {
    const prose = 'Putin will reportedly visit Minsk today.';
    const noisy = prose + '\u0001'.repeat(Math.ceil(prose.length * MAX_CONTROL_CHAR_RATIO * 2));
    expect(interpretAttributions(prose, []).statements).toHaveLength(1);
    expect(interpretAttributions(noisy, []).statements).toEqual([]);
  });
});

describe('article metadata', () => {
  it('reads a leading "date YYYY-MM-DD" and starts the body after it', () => {
    const text = ' date 2024-05-23 Russian dictator Vladimir will be visiting Belarus.';
    const meta = readArticleMetadata(text);
    expect(meta.publishedAt).toBe('2024-05-23');
    expect(text.slice(meta.bodyStart).startsWith('Russian dictator')).toBe(true);
  });

  it('ignores an impossible date and a date that does not lead', () => {
    expect(readArticleMetadata('date 2024-02-31 Text.').publishedAt).toBeNull();
    expect(readArticleMetadata('Text. date 2024-05-23').publishedAt).toBeNull();
  });
});

describe('sentences', () => {
  const sentences = (text: string, from = 0) => statementSentences(analyzeText(text), from);

  it('do not end at abbreviations, initials, or inside an open quotation; a newline starts a paragraph', () => {
    const text = 'Mr. Peskov met J. Smith on Sept. 11 in the U.S. capital. "One. Two," he said.\nDetails';
    const parts = sentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['Mr. Peskov met J. Smith on Sept. 11 in the U.S. capital.', '"One. Two," he said.', 'Details']);
    expect(sentences(text).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('join the sentences of a quotation that runs on ("“This is in their heads. This is in their consciousness,” said Caddell")', () => {
    const text = '“This is in their heads. This is in their consciousness,” said Caddell. He went on.';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '“This is in their heads. This is in their consciousness,” said Caddell.',
      'He went on.',
    ]);
  });

  it.each([
    ['on its own line', 'date 2024-05-23\nPeskov said the visit is on.'],
    ['on the first line of the text', 'date 2024-05-23 Peskov said the visit is on.'],
  ])('start at the body: a leading date line %s is no part of a sentence', (_, text) => {
    expect(sentences(text, 16).map((s) => text.slice(s.start, s.end))).toEqual(['Peskov said the visit is on.']);
  });
});
