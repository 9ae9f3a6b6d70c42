import type { Span } from '../types';

/** A phrase of the article with its exact span: `text === article.slice(span.start, span.end)`. */
export interface PhraseRef {
  text: string;
  span: Span;
}

/**
 * The phrase at [start, end) of the article with surrounding whitespace and commas trimmed
 * (the span stage often includes the comma after an appositive: "Andriy Kovalenko,").
 */
export function phraseAt(text: string, start: number, end: number): PhraseRef {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /[\s,;:]/.test(text[s] ?? '')) s += 1;
  while (e > s && /[\s,;:]/.test(text[e - 1] ?? '')) e -= 1;
  return { text: text.slice(s, e), span: { start: s, end: e } };
}

/** True when two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The span without surrounding whitespace and commas, and without a final period. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,]/.test(text[start] ?? '')) start += 1;
  while (end > start && /[\s,.]/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}
