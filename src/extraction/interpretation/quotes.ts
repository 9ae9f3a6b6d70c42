import type { Span } from '../types';

/**
 * Quote marks: straight ("), curly (“ ” „) and guillemets (« » ‹ ›). Single quotes are left out
 * on purpose: "’" is the apostrophe of "Clinton’s" in most of the news we ingest.
 */
const QUOTE_MARK = /["“”„‟«»‹›]/;
const OPENING = /["“„‟«‹]/;
const CLOSING = /["”»›“]/;

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
  const inner = raw.trim().replace(/[,;:.\s]+$/, '');
  const count = (inner.match(new RegExp(QUOTE_MARK.source, 'g')) ?? []).length;
  if (count === 2 && OPENING.test(inner.charAt(0)) && CLOSING.test(inner.charAt(inner.length - 1))) return 'full';
  if (count === 0 && quotedFromOutside(text, span)) return 'full';
  if (count === 1 && OPENING.test(inner.charAt(0)) && closingAfter(text, span.end)) return 'full';
  if (count === 1 && CLOSING.test(inner.charAt(inner.length - 1)) && openingBefore(text, span.start)) return 'full';
  return count > 0 ? 'partial' : 'none';
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
  let { start, end } = span;
  const trim = (): void => {
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
    while (end > start && /[\s,;:.]/.test(text[end - 1] ?? '')) end -= 1;
  };
  trim();
  // A leading complementiser belongs to the cue, not the content: "said that the parties …".
  const that = /^that\s+(?=\S)/i.exec(text.slice(start, Math.min(end, start + 10)));
  if (that !== null && start + that[0].length < end) start += that[0].length;
  const inner = text.slice(start, end);
  const count = (inner.match(new RegExp(QUOTE_MARK.source, 'g')) ?? []).length;
  if (count === 2 && OPENING.test(inner.charAt(0)) && CLOSING.test(inner.charAt(inner.length - 1))) {
    start += 1;
    end -= 1;
    trim();
  } else if (count === 1 && OPENING.test(inner.charAt(0)) && closingAfter(text, end)) {
    start += 1;
    trim();
  } else if (count === 1 && CLOSING.test(inner.charAt(inner.length - 1)) && openingBefore(text, start)) {
    end -= 1;
    trim();
  }
  return end > start ? { start, end } : span;
}
