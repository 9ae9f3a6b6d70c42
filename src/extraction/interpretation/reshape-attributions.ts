import type { AttributionSpans } from '../types';
import { sourceBeforeDashAside } from './dash-asides';
import { pointBackToPreviousSentence } from './pointing-back';
import { splitQuotedAsSaying, type RelayedSpeech } from './quoted-as-saying';
import type { Sentence } from './sentences';

/**
 * Reshapes the span stage's attributions where a construction puts the speaker or the content
 * somewhere the spans do not: the sentence "That's according to X" points back at, the name
 * before a dash aside, the Y of "X quoted Y as saying". Runs before grouping, so every later
 * stage sees ordinary attributions (and knows which ones only relay another's words).
 */
export function reshapeAttributions(text: string, sentences: readonly Sentence[], attributions: readonly AttributionSpans[]): RelayedSpeech {
  const dashless = pointBackToPreviousSentence(text, sentences, attributions).map((a) => {
    if (a.source === null) return a;
    const source = sourceBeforeDashAside(text, sentences, a.source);
    return source === a.source ? a : { ...a, source };
  });
  return splitQuotedAsSaying(text, sentences, dashless);
}
