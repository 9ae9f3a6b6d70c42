import type { AnalyzedText } from '../text';
import type { Span } from '../types';

/** A sentence of the article: its span and the paragraph it belongs to. */
export interface Sentence extends Span {
  paragraph: number;
}

/**
 * The interpreter's sentences, read from the article's one analysis (`analyzeText`): its
 * sentences from `from` on, with the sentences of one quotation joined into one unit, since a
 * statement quoted over several sentences ("One. Two," he said) is attributed as a whole.
 */
export function statementSentences(doc: AnalyzedText, from = 0): Sentence[] {
  const units: Sentence[] = [];
  // The last token an open quotation reaches; a sentence starting before it continues the unit.
  let quoteReach = -1;
  for (const s of doc.sentences) {
    if (s.end <= from) continue;
    // The body may start inside the first sentence ("date 2024-05-23 Russian dictator …").
    let start = Math.max(s.start, from);
    while (start < s.end && /\s/.test(doc.text.charAt(start))) start += 1;
    const last = units[units.length - 1];
    const continuesQuote = last !== undefined && last.paragraph === s.paragraph && quoteReach >= s.tokenStart;
    for (let t = s.tokenStart; t < s.tokenEnd; t += 1) {
      const quote = doc.quoteOf[t] ?? -1;
      if (quote >= 0) quoteReach = Math.max(quoteReach, doc.quotes[quote]?.close ?? -1);
    }
    if (continuesQuote) last.end = s.end;
    else units.push({ start, end: s.end, paragraph: s.paragraph });
  }
  return units;
}

/**
 * True when the sentence is a heading: alone in its paragraph, at most `maxWords` words and no
 * final punctuation ("Details", "Previously", "Addendum" in the reference article).
 */
export function isHeading(text: string, sentence: Span, sentencesInParagraph: number, maxWords: number): boolean {
  if (sentencesInParagraph !== 1) return false;
  const words = text.slice(sentence.start, sentence.end).split(/\s+/).length;
  return words <= maxWords && !/[.!?"”»:]$/.test(text.slice(sentence.start, sentence.end));
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s === undefined) return -1;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  // Between sentences (whitespace): the next sentence.
  return lo < sentences.length ? lo : -1;
}
