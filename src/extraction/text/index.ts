/** Text analysis shared by extraction stages: tokens with offsets, sentences, quotations. Pure. */
export { tokenize, type Token } from './tokenize';
export { splitSentences, type Sentence } from './sentences';
export { findQuotes, type Quote } from './quotes';
export { analyzeText, type AnalyzedText } from './analyze';
