import { countQuoteMarks, isClosingMarkCode, isOpeningMarkCode } from '../text/quote-marks';
import type { Span } from '../types';

const STRAIGHT_QUOTE = 34;
const LEFT_DOUBLE_QUOTE = 0x201c;

function opens(c: string): boolean {
  const code = c.charCodeAt(0);
  return code === STRAIGHT_QUOTE || isOpeningMarkCode(code);
}

/** A content may also end on “: some sites close quotations with the opening mark. */
function closes(c: string): boolean {
  const code = c.charCodeAt(0);
  return code === STRAIGHT_QUOTE || code === LEFT_DOUBLE_QUOTE || isClosingMarkCode(code);
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
  if (count === 2 && opens(inner.charAt(0)) && closes(inner.charAt(inner.length - 1))) return 'full';
  if (count === 0 && quotedFromOutside(text, span)) return 'full';
  if (count === 1 && opens(inner.charAt(0)) && closingAfter(text, span.end)) return 'full';
  if (count === 1 && closes(inner.charAt(inner.length - 1)) && openingBefore(text, span.start)) return 'full';
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
  return i >= 0 && opens(text[i] ?? '');
}

function closingAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && /[\s,.;:!?]/.test(text[i] ?? '') && i - at < 3) i += 1;
  return i < text.length && closes(text[i] ?? '');
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
  if (count === 2 && opens(inner.charAt(0)) && closes(inner.charAt(inner.length - 1))) {
    ({ start, end } = trimContent(text, start + 1, end - 1));
  } else if (count === 1 && opens(inner.charAt(0)) && closingAfter(text, end)) {
    ({ start, end } = trimContent(text, start + 1, end));
  } else if (count === 1 && closes(inner.charAt(inner.length - 1)) && openingBefore(text, start)) {
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
