import type { AttributionSpans } from '../types';
import { findHedge } from './hedges';
import { isSpeechCue } from './nested-speech';

/** A future or conditional cue: "will talk about", "would discuss" — a plan, not an utterance. */
const FUTURE_CUE = /^(?:will|would|shall|'ll|is going to|are going to)\s/i;

/**
 * True when an attribution reports what its source said or thinks. The span stage also tags
 * plans and hedged reports as attributions — "They will talk about …", "The dictators will also
 * reportedly discuss …" in the reference article — which are a continuation and a hedged
 * unattributed claim, not statements by "They" and "the dictators". A cue carrying a hedge, or a
 * future cue whose verb is not one of speech, is dropped before grouping.
 */
export function isStatementAttribution(text: string, a: AttributionSpans): boolean {
  if (a.cue === null) return true;
  const cue = text.slice(a.cue.start, a.cue.end).trim();
  if (findHedge(cue) !== null) return false;
  return !(FUTURE_CUE.test(cue) && !isSpeechCue(cue));
}
