/**
 * From token tags to character spans: one attribution per cue, with the source run nearest the
 * cue and every content run as a fragment.
 */
import type { AttributionSpans, Span } from '../types';
import type { AttributionDocument } from './document';
import type { TaggedCue } from './taggers';

const ROLE_SOURCE = 1;
const ROLE_CONTENT = 2;

/** Runs shorter than this many word characters are noise ("," or a lone quote mark). */
const MIN_CONTENT_WORD_CHARS = 2;

/** Maximal runs [a, b) of `tag` in the window (token indexes). */
function runs(tags: Uint8Array, lo: number, tag: number): [number, number][] {
  const out: [number, number][] = [];
  let a = -1;
  for (let k = 0; k <= tags.length; k++) {
    const on = k < tags.length && tags[k] === tag;
    if (on && a < 0) a = k;
    if (!on && a >= 0) {
      out.push([lo + a, lo + k]);
      a = -1;
    }
  }
  return out;
}

function charSpan(doc: AttributionDocument, a: number, b: number): Span {
  return { start: (doc.tokens[a] as { start: number }).start, end: (doc.tokens[b - 1] as { end: number }).end };
}

/** Confidence from the cue tagger's margin, squashed to (0, 1). */
function confidenceOf(margin: number): number {
  return 1 / (1 + Math.exp(-margin / 4));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether text[start, end) holds at least `min` letters or digits (without building a string per span). */
function hasWordChars(text: string, start: number, end: number, min: number): boolean {
  let n = 0;
  for (let i = start; i < end && n < min; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
    } else {
      // Non-ASCII: test the whole code point (a surrogate pair is one character to the regex).
      const cp = text.codePointAt(i) as number;
      if (LETTER_OR_DIGIT.test(String.fromCodePoint(cp))) n++;
      if (cp > 0xffff) i++;
    }
  }
  return n >= min;
}

/** Builds the attribution for one cue from its role tags, or null when no content was tagged. */
export function assembleAttribution(doc: AttributionDocument, cue: TaggedCue, lo: number, tags: Uint8Array): AttributionSpans | null {
  const content = runs(tags, lo, ROLE_CONTENT)
    .map(([a, b]) => charSpan(doc, a, b))
    .filter((s) => hasWordChars(doc.text, s.start, s.end, MIN_CONTENT_WORD_CHARS));
  if (content.length === 0) return null;
  const distance = ([a, b]: [number, number]): number => (b <= cue.start ? cue.start - b : a - cue.end);
  const sourceRun = runs(tags, lo, ROLE_SOURCE).sort((x, y) => distance(x) - distance(y))[0];
  return {
    source: sourceRun ? charSpan(doc, sourceRun[0], sourceRun[1]) : null,
    cue: charSpan(doc, cue.start, cue.end),
    content,
    confidence: confidenceOf(cue.margin),
  };
}
