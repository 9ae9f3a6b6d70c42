import { extractAttributions } from './attribution';
import { analyzeText } from './text';
import { interpretAttributions, MAX_TEXT_CHARS, type InterpretOptions } from './interpretation';
import type { AttributionSpans, Extraction } from './types';

/** Provenance of the combined pipeline: span tagger + interpretation. */
export const PIPELINE_EXTRACTOR = 'claimgraph-pipeline@0.1.0';

/**
 * The whole automatic extraction of one article: attribution spans from the span tagger, then
 * who-said-what from the interpreter. Pure. Throws a RangeError, before any tagging, for texts
 * longer than the interpreter accepts (MAX_TEXT_CHARS).
 */
export function extractArticle(text: string, options: InterpretOptions = {}): Extraction {
  return extractArticleWithSpans(text, options).extraction;
}

/** The same, keeping the first stage's spans: the extract command prints both. */
export function extractArticleWithSpans(text: string, options: InterpretOptions = {}): { spans: AttributionSpans[]; extraction: Extraction } {
  if (text.length > MAX_TEXT_CHARS) {
    throw new RangeError(`article text has ${text.length} characters; extraction accepts at most ${MAX_TEXT_CHARS}`);
  }
  // One analysis of the text (tokens, sentences, quotations) that both stages read.
  const document = analyzeText(text);
  const spans = extractAttributions(document);
  return { spans, extraction: interpretAttributions(document, spans, { extractor: options.extractor ?? PIPELINE_EXTRACTOR }) };
}
