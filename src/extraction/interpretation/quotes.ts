import type { Span } from '../types';

/**
 * Quote marks: straight ("), curly (“ ” „) and guillemets (« » ‹ ›). Single quotes are left out
 * on purpose: "’" is the apostrophe of "Clinton’s" in most of the news we ingest.
 */
const QUOTE_MARK = /["“”„‟«»‹›]/;
const OPENING = /["“„‟«‹]/;
const CLOSING = /["”»›“]/;

const STRAIGHT_QUOTE = 34;
const FIRST_NON_ASCII = 128;
/** QUOTE_MARK's characters outside ASCII, by code, for counting without a regex. */
const CURLY_QUOTE_CODES: ReadonlySet<number> = new Set([...'“”„‟«»‹›'].map((c) => c.charCodeAt(0)));

/** How many quote marks (QUOTE_MARK) the string has. */
function countQuoteMarks(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c === STRAIGHT_QUOTE || (c >= FIRST_NON_ASCII && CURLY_QUOTE_CODES.has(c))) count += 1;
  }
  return count;
}

/** True when the string contains a quote mark of any style. */
export function hasQuoteMark(s: string): boolean {
  return QUOTE_MARK.test(s);
}

/** How a statement's content is quoted: entirely (DIRECT), in part (MIXED) or not at all. */
export type Quoting = 'full' | 'partial' | 'none';

/**
 * Decides the quoting of a content span, whether the span includes the quote marks or the
 * span stage left them outside: `"Today … visit," Peskov said` is fully quoted either way;
 * `the parties would discuss "the state …"` is partly quoted, even when the closing mark is
 * missing (the reference article leaves two quotes unclosed).
 */
export function contentQuoting(text: string, span: Span): Quoting {
  const raw = text.slice(span.start, span.end);
  const inner = withoutTrailingPunctuation(raw.trim());
  const count = countQuoteMarks(inner);
  if (count === 2 && OPENING.test(inner.charAt(0)) && CLOSING.test(inner.charAt(inner.length - 1))) return 'full';
  if (count === 0 && quotedFromOutside(text, span)) return 'full';
  if (count === 1 && OPENING.test(inner.charAt(0)) && closingAfter(text, span.end)) return 'full';
  if (count === 1 && CLOSING.test(inner.charAt(inner.length - 1)) && openingBefore(text, span.start)) return 'full';
  return count > 0 ? 'partial' : 'none';
}

/** `s.replace(/[,;:.\s]+$/, '')` by a backward scan: the regex would try every position. */
function withoutTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && /[,;:.\s]/.test(s.charAt(end - 1))) end -= 1;
  return end === s.length ? s : s.slice(0, end);
}

/** True when an opening mark sits just before the span and a closing mark just after it. */
function quotedFromOutside(text: string, span: Span): boolean {
  return openingBefore(text, span.start) && closingAfter(text, span.end);
}

function openingBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i -= 1;
  return i >= 0 && OPENING.test(text[i] ?? '');
}

function closingAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && /[\s,.;:!?]/.test(text[i] ?? '') && i - at < 3) i += 1;
  return i < text.length && CLOSING.test(text[i] ?? '');
}

/**
 * The canonical content span: whitespace and a leading "that" trimmed, one layer of surrounding quote marks removed
 * when the whole content is quoted, and trailing commas, semicolons and periods trimmed — so
 * the same statement gets the same span whether the span stage included the quote marks or the
 * final period or not.
 */
export function canonicalContentSpan(text: string, span: Span): Span {
  let { start, end } = trimContent(text, span.start, span.end);
  // A leading complementiser belongs to the cue, not the content: "said that the parties …".
  const that = /^that\s+(?=\S)/i.exec(text.slice(start, Math.min(end, start + 10)));
  if (that !== null && start + that[0].length < end) start += that[0].length;
  const inner = text.slice(start, end);
  const count = countQuoteMarks(inner);
  if (count === 2 && OPENING.test(inner.charAt(0)) && CLOSING.test(inner.charAt(inner.length - 1))) {
    ({ start, end } = trimContent(text, start + 1, end - 1));
  } else if (count === 1 && OPENING.test(inner.charAt(0)) && closingAfter(text, end)) {
    ({ start, end } = trimContent(text, start + 1, end));
  } else if (count === 1 && CLOSING.test(inner.charAt(inner.length - 1)) && openingBefore(text, start)) {
    ({ start, end } = trimContent(text, start, end - 1));
  }
  return end > start ? { start, end } : span;
}

/** [start, end) without leading whitespace and trailing whitespace, commas, semicolons, colons and periods. */
function trimContent(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /[\s,;:.]/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}
