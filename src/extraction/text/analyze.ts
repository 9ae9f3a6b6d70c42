/**
 * One pass over a text that every later stage shares: tokens, sentences, paragraphs, quotes,
 * and per-token lookups (sentence index, quote index).
 */
import { findQuotes, type Quote } from './quotes';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokenize';

/** A tokenized text with sentences, quotations and per-token indexes into them. */
export interface AnalyzedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  quotes: Quote[];
  /** For each token, the index of its sentence. */
  sentenceOf: Int32Array;
  /** For each token, the index of the quotation it lies in (marks included), or -1. */
  quoteOf: Int32Array;
}

/** Tokenizes a text and finds its sentences and quotations. */
export function analyzeText(text: string): AnalyzedText {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const quotes = findQuotes(text, tokens, sentences);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, k) => sentenceOf.fill(k, s.tokenStart, s.tokenEnd));
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((q, k) => quoteOf.fill(k, q.open, q.close + 1));
  return { text, tokens, sentences, quotes, sentenceOf, quoteOf };
}
