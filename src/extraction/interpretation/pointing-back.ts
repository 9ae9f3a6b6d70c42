import type { AttributionSpans, Span } from '../types';
import { phraseAt } from './phrase-ref';
import { canonicalContentSpan } from './quotes';
import { sentenceIndexAt, type Sentence } from './sentences';

/**
 * A sentence that attributes the one before it: "That's according to X", "This is according to
 * X"; group 1 is X, up to the next comma or stop.
 */
const POINTING_SENTENCE = /^(?:that|this)(?:['’]s|\s+is|\s+was)\s+according\s+to\s+([^,.;:!?"“”]+)/i;

/**
 * "Russia is spreading fakes about … . That's according to the Center for Countering
 * Disinformation, Ukrinform reports.": what the Center said is the sentence before. The span
 * stage reads this as "That" (content) of "according to the Center" (source), or as "That's
 * according to the Center …" (content) of "Ukrinform reports", or both; whichever, X of the
 * pointing sentence says the sentence before (one statement, never one whose content is
 * "That"), and an attribution of another source there ("Ukrinform reports") passes the same
 * words on. Only when the sentence before ends with a stop and has four words or more.
 */
export function pointBackToPreviousSentence(text: string, sentences: readonly Sentence[], attributions: readonly AttributionSpans[]): AttributionSpans[] {
  const out: AttributionSpans[] = [];
  const rebuilt = new Set<number>();
  for (const a of attributions) {
    const first = a.content[0];
    const index = first === undefined ? -1 : sentenceIndexAt(sentences, first.start);
    const pointing = first === undefined ? null : pointingAt(text, sentences, index, first.start);
    if (pointing === null) {
      out.push(a);
      continue;
    }
    const speaker = pointing.speaker;
    const ownSpeech = a.source !== null && a.source.start >= speaker.start && a.source.end <= speaker.end;
    if (!rebuilt.has(index)) {
      rebuilt.add(index);
      out.push({ source: speaker, cue: pointing.cue, content: [pointing.said], confidence: a.confidence });
    }
    // "Ukrinform reports" of the pointing sentence passes the same words on.
    if (!ownSpeech && a.source !== null) out.push({ ...a, content: [pointing.said] });
  }
  return out;
}

interface Pointing {
  /** X of "That's according to X". */
  speaker: Span;
  cue: Span;
  /** The sentence before, which X said. */
  said: Span;
}

/**
 * When a content starting at `at` begins sentence `index` and that sentence reads "That's
 * according to X", the parts of the statement it makes about the sentence before.
 */
function pointingAt(text: string, sentences: readonly Sentence[], index: number, at: number): Pointing | null {
  const sentence = sentences[index];
  const previous = sentences[index - 1];
  if (sentence === undefined || previous === undefined) return null;
  const opening = phraseAt(text, sentence.start, sentence.end);
  if (at > opening.span.start + 1) return null;
  const m = POINTING_SENTENCE.exec(opening.text);
  const x = m?.[1];
  if (m === null || x === undefined) return null;
  const said = text.slice(previous.start, previous.end);
  if (!/[.!?]["”’)]?\s*$/u.test(said) || said.split(/\s+/).length < 4) return null;
  const cueAt = opening.span.start + m[0].search(/according/i);
  const end = opening.span.start + m[0].length;
  return {
    speaker: phraseAt(text, end - x.length, end).span,
    cue: { start: cueAt, end: cueAt + 'according to'.length },
    said: canonicalContentSpan(text, { start: previous.start, end: previous.end }),
  };
}
