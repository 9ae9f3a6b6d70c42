/**
 * Sentence and paragraph boundaries over tokens. Rules rather than a model: news text marks
 * sentences well, and the attribution tagger only needs boundaries as features.
 */
import type { Token } from './tokenize';

/** A sentence: token range [tokenStart, tokenEnd) and character range [start, end). */
export interface Sentence {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  /** Index of the paragraph (text between blank lines or line breaks) it belongs to. */
  paragraph: number;
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSING_MARKS = new Set(['"', '”', '’', "'", '»', ')', ']']);

/** True when the text between two tokens holds a line break: news paragraphs are lines. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** True when the period at `i` follows a single capital letter glued to it. */
function isInitial(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const tok = tokens[i] as Token;
  return tok.text === '.' && prev !== undefined && prev.end === tok.start && prev.text.length === 1 && /\p{Lu}/u.test(prev.text);
}

/** True when `token` can open a sentence: a capital, a digit or an opening mark. */
function canStartSentence(token: Token): boolean {
  const c = token.text.charAt(0);
  return /[\p{Lu}\p{N}"“‘'«(\[—–-]/u.test(c);
}

/** Groups tokens into sentences, splitting at line breaks and at sentence-final punctuation. */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let first = 0;
  const close = (endExclusive: number, breakParagraph: boolean): void => {
    const a = tokens[first];
    const b = tokens[endExclusive - 1];
    if (a && b && endExclusive > first) {
      sentences.push({ tokenStart: first, tokenEnd: endExclusive, start: a.start, end: b.end, paragraph });
    }
    first = endExclusive;
    if (breakParagraph) paragraph++;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const next = tokens[i + 1];
    if (!next) break;
    if (hasLineBreak(text, tok.end, next.start)) {
      close(i + 1, true);
      continue;
    }
    // A period after a lone capital is an initial ("J. Smith", "Marc H. Morial"), not an end.
    let isEnd = TERMINATORS.has(tok.text) && !isInitial(tokens, i);
    // "... over." He said — the closing quote glued to the period ends the sentence, not the
    // period; a mark after a space opens the next one ("capital. "One").
    if (isEnd && CLOSING_MARKS.has(next.text) && next.start === tok.end) isEnd = false;
    if (!isEnd && CLOSING_MARKS.has(tok.text)) {
      // Only a mark glued to the period closes: an opening '"' after a paragraph's "." does not.
      const prev = tokens[i - 1];
      isEnd = i > first && prev !== undefined && prev.end === tok.start && TERMINATORS.has(prev.text);
    }
    if (isEnd && canStartSentence(next)) close(i + 1, false);
  }
  close(tokens.length, true);
  return sentences;
}
