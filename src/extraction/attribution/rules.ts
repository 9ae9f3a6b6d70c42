/**
 * Deterministic repairs of the role tags, each kept because it raised dev F1 or fixed a
 * pattern the tagger misses.
 */
import type { AttributionDocument } from './document';

const ROLE_SOURCE = 1;
const ROLE_CONTENT = 2;

/**
 * Fronted content: "On Thursday evening, he will meet with President Alexander Lukashenko in
 * Minsk, Putin's press secretary Dmitry Peskov said." The tagger finds the source but, as most
 * fronted contents in training are quotations whose comma sits inside the quote marks, it
 * leaves the unquoted clause before the comma untagged. When a cue has a source directly before
 * it, no content at all, and a comma before the source, the clause from the sentence start to
 * that comma becomes the content.
 */
export function repairFrontedContent(doc: AttributionDocument, cueStart: number, lo: number, tags: Uint8Array): void {
  if (tags.includes(ROLE_CONTENT)) return;
  let s = cueStart - 1;
  if (s < lo || tags[s - lo] !== ROLE_SOURCE) return;
  while (s - 1 >= lo && tags[s - 1 - lo] === ROLE_SOURCE) s--;
  const comma = s - 1;
  if (comma < lo || doc.lower[comma] !== ',') return;
  const sentence = doc.sentenceOf[cueStart] as number;
  if (doc.sentenceOf[comma] !== sentence) return;
  const from = Math.max(lo, (doc.sentences[sentence] as { tokenStart: number }).tokenStart);
  if (comma - from < 2) return;
  for (let i = from; i < comma; i++) if (tags[i - lo] !== 0) return;
  tags.fill(ROLE_CONTENT, from - lo, comma - lo);
}

const DETERMINERS = new Set(['a', 'an', 'the']);

/**
 * An apposition after "according to X": "According to Andriy Yusov, a representative of the
 * Defense Ministry's Main Intelligence Directorate, every week Russia ..." The tagger starts
 * the content at "a representative"; the appositive describes the source, so it moves there
 * and the content starts after its closing comma.
 */
export function repairAccordingToApposition(doc: AttributionDocument, cueStart: number, cueEnd: number, lo: number, tags: Uint8Array): void {
  if (doc.lower[cueStart] !== 'according' || doc.lower[cueEnd - 1] !== 'to') return;
  let i = cueEnd;
  if (tags[i - lo] !== ROLE_SOURCE) return;
  while (i - lo < tags.length && tags[i - lo] === ROLE_SOURCE) i++;
  if (doc.lower[i] !== ',' || !DETERMINERS.has(doc.lower[i + 1] as string) || tags[i + 1 - lo] !== ROLE_CONTENT) return;
  const sentence = doc.sentenceOf[cueStart];
  let k = i + 1;
  while (k - lo < tags.length && doc.sentenceOf[k] === sentence && doc.lower[k] !== ',' && tags[k - lo] === ROLE_CONTENT) k++;
  // Only when the appositive is closed by a comma and content follows it.
  if (doc.lower[k] !== ',' || tags[k + 1 - lo] !== ROLE_CONTENT || doc.sentenceOf[k + 1] !== sentence) return;
  tags.fill(ROLE_SOURCE, i - lo, k - lo);
  tags[k - lo] = 0;
}
