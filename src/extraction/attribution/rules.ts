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

/** An attribution found by a rule rather than the taggers: cue tokens [start, end) and role tags over [lo, lo + tags.length). */
export interface RuleAttribution {
  start: number;
  end: number;
  lo: number;
  tags: Uint8Array;
}

const CAPITALIZED = /^\p{Lu}/u;
const DASHES = new Set(['―', '—', '–', '-', '--']);
/** Longest name a dash-signed quotation accepts, in tokens. */
const MAX_NAME_TOKENS = 4;

function isCapitalizedWord(doc: AttributionDocument, i: number): boolean {
  return doc.isWord[i] === 1 && CAPITALIZED.test((doc.tokens[i] as { text: string }).text);
}

/**
 * A quotation signed with a dash after it: “He represents our greatest shame.” ― Sonya Herridge
 * (or, in train, the quote's paragraph followed by a line "- Bernie Sanders."). The cue tagger
 * never learned these (no "―" cue in train, 8 with "-"), and PolNeAR marks the dash as the cue,
 * the name as the source and the quotation as the content (7 of the 8 in train, 24 of 24 in dev).
 */
export function dashSignedQuotes(doc: AttributionDocument): RuleAttribution[] {
  const out: RuleAttribution[] = [];
  const n = doc.tokens.length;
  for (let i = 1; i + 1 < n; i++) {
    if (doc.quoteRole[i - 1] !== 3 /* QUOTE_CLOSE */ || !DASHES.has(doc.lower[i] as string)) continue;
    const sentence = doc.sentenceOf[i];
    let j = i + 1;
    while (j < n && j - i <= MAX_NAME_TOKENS && doc.sentenceOf[j] === sentence && isCapitalizedWord(doc, j)) j++;
    if (j === i + 1) continue;
    if (j < n && doc.sentenceOf[j] === sentence && doc.lower[j] !== '.' && doc.lower[j] !== ',') continue;
    const quote = doc.quotes[doc.quoteOf[i - 1] as number] as { open: number; close: number };
    const lo = quote.open;
    const tags = new Uint8Array(j - lo);
    tags.fill(2, 0, quote.close + 1 - lo);
    tags.fill(1, i + 1 - lo, j - lo);
    out.push({ start: i, end: i + 1, lo, tags });
  }
  return out;
}
