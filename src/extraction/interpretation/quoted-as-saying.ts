import type { AttributionSpans, Span } from '../types';
import { phraseAt } from './phrase-ref';
import { sentenceIndexAt, type Sentence } from './sentences';

/** Cues with which one party passes on another's words: "CNN quoted …", "the paper cited …". */
const RELAY_CUE = /^(?:quoted|quotes|quoting|cited|cites|citing)$/i;

/**
 * The speaker and the speech verb inside such a content: "Wassim Bouhlel, a Nice native, as
 * saying that …". The speaker is at most 15 words; the speech runs from after the verb.
 */
const SPEAKER_AS_SAYING = /^((?:\S+\s+){0,14}?\S+?),?\s+as\s+(saying|telling|stating|writing|having\s+said)\b\s*/u;

/** The same, seen from the speech verb back: "… quoted an American witness as " right before "saying". */
const RELAY_BEFORE_SAYING = /\b(quoted|cited)\s+((?:\S+\s+){0,14}?\S+?),?\s+as\s*$/iu;

/** What `splitQuotedAsSaying` gives: the attributions, and the ones that only relay another's words. */
export interface RelayedSpeech {
  attributions: AttributionSpans[];
  /** Attributions of the party that quoted or cited the speaker: hops of the chain, never speakers. */
  relays: ReadonlySet<AttributionSpans>;
}

/**
 * "X quoted Y as saying …" and "X cited Y as saying …": Y spoke, X passed it on. The span stage
 * reads such a sentence as X (source) quoted (cue) "Y as saying …" (content), or as a "saying"
 * cue with no source; either way it becomes Y's statement of what follows the verb, and X's
 * attribution of that same content, marked as a relay so that X becomes a hop of Y's chain.
 */
export function splitQuotedAsSaying(text: string, sentences: readonly Sentence[], attributions: readonly AttributionSpans[]): RelayedSpeech {
  const out: AttributionSpans[] = [];
  const relays = new Set<AttributionSpans>();
  for (const a of attributions) {
    const split = relayCueSplit(text, a) ?? sayingCueSplit(text, sentences, a);
    if (split === null) {
      out.push(a);
      continue;
    }
    out.push(split.speech);
    if (split.relay !== null) {
      out.push(split.relay);
      relays.add(split.relay);
    }
  }
  return { attributions: out, relays };
}

interface Split {
  speech: AttributionSpans;
  relay: AttributionSpans | null;
}

/** X (source) quoted (cue) "Y as saying CONTENT" (content). */
function relayCueSplit(text: string, a: AttributionSpans): Split | null {
  if (a.cue === null || !RELAY_CUE.test(text.slice(a.cue.start, a.cue.end).trim())) return null;
  const first = a.content[0];
  if (first === undefined) return null;
  const m = SPEAKER_AS_SAYING.exec(text.slice(first.start, first.end));
  const speaker = m?.[1];
  const verb = m?.[2];
  if (m === null || speaker === undefined || verb === undefined) return null;
  const restStart = first.start + m[0].length;
  if (restStart >= first.end && a.content.length === 1) return null;
  const content: Span[] = [...(restStart < first.end ? [{ start: restStart, end: first.end }] : []), ...a.content.slice(1)];
  const verbAt = first.start + m[0].lastIndexOf(verb);
  const speech: AttributionSpans = {
    source: phraseAt(text, first.start, first.start + speaker.length).span,
    cue: { start: verbAt, end: verbAt + verb.length },
    content,
    confidence: a.confidence,
  };
  return { speech, relay: a.source === null ? null : { ...a, content: [...content] } };
}

/** "X quoted Y as" before a "saying" cue that has no source. */
function sayingCueSplit(text: string, sentences: readonly Sentence[], a: AttributionSpans): Split | null {
  if (a.source !== null || a.cue === null || !/^saying$/i.test(text.slice(a.cue.start, a.cue.end).trim())) return null;
  const sentence = sentences[sentenceIndexAt(sentences, a.cue.start)];
  if (sentence === undefined) return null;
  const before = text.slice(sentence.start, a.cue.start);
  const m = RELAY_BEFORE_SAYING.exec(before);
  const verb = m?.[1];
  const speaker = m?.[2];
  if (m === null || verb === undefined || speaker === undefined) return null;
  const verbAt = sentence.start + m.index;
  const speakerAt = verbAt + m[0].indexOf(speaker, verb.length);
  const speech: AttributionSpans = { ...a, source: phraseAt(text, speakerAt, speakerAt + speaker.length).span };
  // The relaying party is whatever the sentence says before the verb ("The Associated Press").
  const relaySource = phraseAt(text, sentence.start, verbAt);
  const relay: AttributionSpans | null =
    relaySource.text.length === 0 || relaySource.text.split(/\s+/).length > 8
      ? null
      : { source: relaySource.span, cue: { start: verbAt, end: verbAt + verb.length }, content: [...a.content], confidence: a.confidence };
  return { speech, relay };
}
