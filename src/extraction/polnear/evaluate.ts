/**
 * Running an extractor over a corpus and scoring it, shared by the eval and train CLIs.
 */
import type { AttributionSpans } from '../types';
import type { GoldArticle } from './corpus';
import { scoreAttributions, type ScoredPrediction, type ScoreResult } from './score';

/** Reduces extracted spans to what the scorer reads. */
export function toScored(attributions: readonly AttributionSpans[]): ScoredPrediction[] {
  return attributions.map((a) => ({
    content: a.content.map((s) => [s.start, s.end] as [number, number]),
    source: a.source ? [[a.source.start, a.source.end]] : null,
  }));
}

/** Extracts every article with `extract` and scores the result. */
export function evaluateExtractor(articles: readonly GoldArticle[], extract: (text: string) => AttributionSpans[]): ScoreResult {
  const preds = new Map<string, ScoredPrediction[]>();
  for (const a of articles) preds.set(a.key, toScored(extract(a.text)));
  return scoreAttributions(articles, preds);
}
