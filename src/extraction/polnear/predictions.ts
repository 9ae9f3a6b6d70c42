/**
 * The scorer's prediction format: one JSON line per article,
 * {"file": NAME, "attributions": [{source, cue, content, confidence, ...}]}.
 */
import type { AttributionSpans, Span } from '../types';
import type { Fragment } from './brat';

/** A span as the scorer reads it: {start, end}, or {fragments: [[s, e], ...]} for content in pieces. */
export type PredictedSpan = { start: number; end: number } | { fragments: Fragment[] };

/** One attribution in a prediction line; callers may add fields (speaker, kind, chain). */
export interface PredictedAttribution {
  source: PredictedSpan | null;
  cue: PredictedSpan | null;
  content: PredictedSpan;
  confidence: number;
  [extra: string]: unknown;
}

/** One prediction line. */
export interface PredictionLine {
  file: string;
  attributions: PredictedAttribution[];
}

/** The scorer's fragments (null, one, or several) for a span object of a prediction line. */
export function predictedFragments(obj: unknown): Fragment[] | null {
  if (!obj || typeof obj !== 'object') return null;
  const o = obj as Record<string, unknown>;
  if (Array.isArray(o.fragments) && o.fragments.length > 0) {
    return o.fragments.map((f) => [Number((f as unknown[])[0]), Number((f as unknown[])[1])] as Fragment);
  }
  if ('start' in o && 'end' in o) return [[Number(o.start), Number(o.end)]];
  return null;
}

/** Converts extracted attributions to a prediction line for the file `file`. */
export function toPredictionLine(file: string, attributions: readonly AttributionSpans[]): PredictionLine {
  const one = (s: Span | null): PredictedSpan | null => (s ? { start: s.start, end: s.end } : null);
  return {
    file,
    attributions: attributions.map((a) => ({
      source: one(a.source),
      cue: one(a.cue),
      content:
        a.content.length === 1
          ? { start: (a.content[0] as Span).start, end: (a.content[0] as Span).end }
          : { fragments: a.content.map((s) => [s.start, s.end] as Fragment) },
      confidence: Math.round(a.confidence * 1000) / 1000,
    })),
  };
}
