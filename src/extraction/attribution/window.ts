/**
 * The token window the role tagger looks at for one cue: the cue's sentence with one sentence
 * either side in the same paragraph, widened to whole quotations at its edges (a quote runs over several sentences
 * and its speaker is named once, before or after it).
 */
import type { AttributionDocument } from './document';

/** Longest window in tokens: keeps a pathological text (one giant "sentence") linear in time. */
export const MAX_WINDOW_TOKENS = 300;
/**
 * Neighbouring sentences count only within the cue's paragraph (quotes still widen the window
 * across paragraphs): in PolNeAR dev this both raised attribution F1 (0.578 → 0.582) and nearly
 * halved the tokens tagged, as a new paragraph usually starts a new attribution.
 */
const SAME_PARAGRAPH = true;
/** Sentences either side of the cue's own. */
const SENTENCES_AROUND = 1;

/** Token range [lo, hi) that the role tagger labels for the cue at tokens [start, end). */
export function roleWindow(doc: AttributionDocument, start: number, end: number): [number, number] {
  const own = doc.sentenceOf[start] as number;
  const ownLast = doc.sentenceOf[end - 1] as number;
  let first = Math.max(0, own - SENTENCES_AROUND);
  let last = Math.min(doc.sentences.length - 1, ownLast + SENTENCES_AROUND);
  if (SAME_PARAGRAPH) {
    const para = (k: number): number => (doc.sentences[k] as { paragraph: number }).paragraph;
    while (first < own && para(first) !== para(own)) first++;
    while (last > ownLast && para(last) !== para(ownLast)) last--;
  }
  let lo = doc.sentences[first]?.tokenStart ?? start;
  let hi = doc.sentences[last]?.tokenEnd ?? end;
  const qlo = doc.quoteOf[lo] as number;
  if (qlo >= 0) lo = Math.min(lo, (doc.quotes[qlo] as { open: number }).open);
  const qhi = doc.quoteOf[hi - 1] as number;
  if (qhi >= 0) hi = Math.max(hi, (doc.quotes[qhi] as { close: number }).close + 1);
  const half = MAX_WINDOW_TOKENS >> 1;
  lo = Math.max(lo, start - half);
  hi = Math.min(hi, end + half);
  return [lo, hi];
}

/**
 * The order in which the role tagger visits a window: outward from the cue, first leftwards
 * (the token next to the cue first), then rightwards. Tagging left to right made the first
 * word of a fronted content ("On Thursday evening, he will meet ..., Peskov said") decide
 * before the tagger had seen the source that separates it from the cue; outward, the source
 * comes first and the content beyond it follows naturally.
 */
export function roleOrder(lo: number, hi: number, start: number, end: number): Int32Array {
  const order = new Int32Array(hi - lo - (end - start));
  let k = 0;
  for (let i = start - 1; i >= lo; i--) order[k++] = i;
  for (let i = end; i < hi; i++) order[k++] = i;
  return order;
}
