/**
 * Deterministic repairs of the role tags, each kept because it raised dev F1 or fixed a
 * pattern the tagger misses.
 */
import type { AttributionDocument } from './document';

const ROLE_SOURCE = 1;
const ROLE_CONTENT = 2;
const QUOTE_OPEN_ROLE = 2;
const QUOTE_CLOSE_ROLE = 3;

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

/**
 * A quotation is said whole: when a content covers a quotation's end (its closing mark) but
 * starts inside it — news quotes run over paragraphs, "A. ¶ "B," said X — the content is
 * widened back to the quotation's opening mark, within the window.
 */
export function repairPartialQuotation(doc: AttributionDocument, lo: number, tags: Uint8Array): void {
  for (let k = 0; k < tags.length; k++) {
    const i = lo + k;
    if (tags[k] !== ROLE_CONTENT || (k > 0 && tags[k - 1] === ROLE_CONTENT)) continue;
    const q = doc.quoteOf[i] as number;
    if (q < 0) continue;
    const quote = doc.quotes[q] as { open: number; close: number };
    if (quote.open >= i || quote.open < lo) continue;
    let end = i;
    while (end - lo < tags.length && tags[end - lo] === ROLE_CONTENT) end++;
    if (end <= quote.close || tags.subarray(quote.open - lo, k).some((t) => t !== 0)) continue;
    tags.fill(ROLE_CONTENT, quote.open - lo, k);
  }
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

/** Most tokens between a quotation's closing mark and its cue (the source: "he", "the gambling tycoon"). */
const MAX_CUE_CLAUSE_TOKENS = 10;
/** Most tokens of the cue clause after the cue ("told Reuters in a rare interview in Macau when asked ..."). */
const MAX_CLAUSE_TAIL_TOKENS = 30;

/**
 * A split quotation: “A,” he said. “B.” (or “A,” he said, “B.”). PolNeAR gives the speaker's
 * continuing quotation to the same attribution as a further content fragment; the role tagger
 * stops at the first. When the content is a quotation closed just before the cue clause, the
 * cue clause ends the sentence (or a comma ends it) and the next token, in the same or the next
 * paragraph, opens a quotation holding no cue (nor a cue after it in its last sentence), that
 * quotation is returned as token range [open, close + 1) (empty array otherwise).
 */
export function quoteContinuation(doc: AttributionDocument, cueStart: number, cueEnd: number, lo: number, tags: Uint8Array, isCue: Uint8Array): [number, number][] {
  const n = doc.tokens.length;
  const sentence = doc.sentenceOf[cueStart] as number;
  // Back from the cue to the quotation's closing mark, over a short source ("he", "Smith").
  let i = cueStart - 1;
  while (i >= lo && cueStart - i <= MAX_CUE_CLAUSE_TOKENS && doc.quoteOf[i] === -1 && doc.sentenceOf[i] === sentence) i--;
  if (i < lo || doc.quoteRole[i] !== QUOTE_CLOSE_ROLE || doc.quoteOf[i] === -1) return [];
  const first = doc.quotes[doc.quoteOf[i] as number] as { open: number; close: number };
  if (first.close - 1 < lo || tags[first.close - 1 - lo] !== ROLE_CONTENT) return [];
  // Forward over the rest of the cue clause to the sentence end, or to a comma before a quotation.
  let k = cueEnd;
  while (k < n && doc.sentenceOf[k] === sentence) {
    if (k - cueEnd > MAX_CLAUSE_TAIL_TOKENS || isCue[k] === 1) return [];
    if (doc.quoteOf[k] !== -1) {
      if (doc.quoteRole[k] === QUOTE_OPEN_ROLE && doc.lower[k - 1] === ',') break;
      return [];
    }
    k++;
  }
  if (k >= n || doc.quoteRole[k] !== QUOTE_OPEN_ROLE || doc.quoteOf[k] === -1) return [];
  const s0 = doc.sentences[sentence] as { paragraph: number };
  const sk = doc.sentences[doc.sentenceOf[k] as number] as { paragraph: number };
  if (sk.paragraph - s0.paragraph > 1) return [];
  // Already content of this attribution (“A,” he said, “B.” is often tagged whole).
  if (k + 1 - lo < tags.length && tags[k + 1 - lo] === ROLE_CONTENT) return [];
  const next = doc.quotes[doc.quoteOf[k] as number] as { open: number; close: number };
  const last = doc.sentences[doc.sentenceOf[Math.min(next.close, n - 1)] as number] as { tokenEnd: number };
  for (let t = next.open; t < last.tokenEnd; t++) if (isCue[t] === 1) return [];
  return [[next.open, Math.min(next.close + 1, n)]];
}

/** Fewest words a quotation needs to stand as an attribution of its own. */
const MIN_ORPHAN_QUOTE_WORDS = 10;

/**
 * A quotation no attribution holds: a long one is nearly always somebody's words whose cue the
 * tagger missed (a sentence-long quotation continuing the last speaker's, a quote after a
 * colon). Of the quotations of 10 words or more that no predicted content overlaps, 64 % of
 * train's (171 of 267) are gold contents, short ones mostly scare quotes (< 3 words: 5 %).
 * Returns the quotations' token ranges [open, close + 1).
 */
export function orphanQuotations(doc: AttributionDocument, covered: (start: number, end: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (const q of doc.quotes) {
    let words = 0;
    for (let i = q.open; i <= q.close; i++) words += doc.isWord[i] as number;
    if (words < MIN_ORPHAN_QUOTE_WORDS) continue;
    if (covered((doc.tokens[q.open] as { start: number }).start, (doc.tokens[q.close] as { end: number }).end)) continue;
    out.push([q.open, q.close + 1]);
  }
  return out;
}

/** Separators before a new clause: ", Lewandowski said", "and criticized", "; others argued". */
const CLAUSE_JOINERS = new Set([',', ';', 'and', 'but', 'or', 'while', 'whereas']);
/** Most tokens between a source and its cue for the source to open the cue's clause ("Smith also said"). */
const MAX_SOURCE_GAP = 2;

/**
 * Where each cue's clause starts: its source when the source ends just before the cue
 * ("Lewandowski said"), else the cue itself ("… and criticized"). Marks those tokens.
 */
export function clauseStarts(n: number, tagged: readonly { cue: { start: number }; lo: number; tags: Uint8Array }[]): Uint8Array {
  const out = new Uint8Array(n);
  for (const { cue, lo, tags } of tagged) {
    const start = cue.start;
    let a = start;
    for (let i = start - 1; i >= lo && start - i <= MAX_SOURCE_GAP + 1; i--) {
      if (tags[i - lo] !== ROLE_SOURCE) continue;
      a = i;
      while (a - 1 >= lo && tags[a - 1 - lo] === ROLE_SOURCE) a--;
      break;
    }
    out[a] = 1;
  }
  return out;
}

/**
 * A content that runs into the next attribution's clause: "… that he regularly makes
 * recommendations on cases, Lewandowski said he does not …", "… questioned the science of
 * climate change and criticized the Paris agreement". PolNeAR ends the first content there
 * (the second clause is an attribution of its own); the role tagger does not see other cues.
 * When a content after the cue reaches another cue's clause start (`starts`, see
 * `clauseStarts`) right after a separator or conjunction, outside quotation marks, the content
 * stops before that separator. A clause start after "that" is nested speech and stays.
 */
export function repairNextClause(doc: AttributionDocument, cueEnd: number, lo: number, tags: Uint8Array, starts: Uint8Array): void {
  const hi = lo + tags.length;
  for (let i = cueEnd + 2; i < hi; i++) {
    if (starts[i] !== 1 || tags[i - lo] !== ROLE_CONTENT || doc.quoteOf[i] !== -1) continue;
    let from = i - 1;
    if (!CLAUSE_JOINERS.has(doc.lower[from] as string) || doc.quoteOf[from] !== -1) continue;
    if (doc.lower[from - 1] === ',') from--;
    if (from <= cueEnd || tags[from - 1 - lo] !== ROLE_CONTENT) continue;
    let to = i;
    while (to < hi && tags[to - lo] === ROLE_CONTENT) to++;
    tags.fill(0, from - lo, to - lo);
    return;
  }
}

