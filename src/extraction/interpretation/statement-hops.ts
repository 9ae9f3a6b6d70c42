import type { Span } from '../types';
import { contentExtent, type AttributionGroup } from './attribution-groups';
import { findAudienceOutlet, findChainHops } from './chain-hops';
import type { InterpretationState } from './interpretation-state';
import { overlaps, trimSpan, type PhraseRef } from './phrase-ref';
import { sentenceIndexAt } from './sentences';
import { addActorPhrase } from './source-registration';

/** The chain: the group's transmitting attributions and the hop phrases of the sentence, nearest first. */
export function collectHops(state: InterpretationState, group: AttributionGroup, span: Span): number[] {
  const { text, sentences, actors } = state;
  const primary = group.primary;
  const anchor = primary.source ?? primary.cue ?? span;
  const found: Array<{ ref: PhraseRef; cue: string; confidence: number }> = [];
  for (const hop of group.hops) {
    if (hop.source === null) continue;
    const hopCue = hop.cue === null ? 'according to' : text.slice(hop.cue.start, hop.cue.end);
    const hopSpan = trimSpan(text, hop.source);
    found.push({ ref: { text: text.slice(hopSpan.start, hopSpan.end), span: hopSpan }, cue: hopCue, confidence: hop.confidence });
  }
  const extent = contentExtent(primary);
  const first = sentenceIndexAt(sentences, Math.min(extent.start, anchor.start));
  const last = sentenceIndexAt(sentences, Math.max(extent.end, anchor.end) - 1);
  if (first >= 0 && last >= 0) {
    const region = { start: sentences[first]?.start ?? 0, end: sentences[last]?.end ?? 0 };
    const exclude = [...primary.content, ...(primary.source ? [primary.source] : []), ...(primary.cue ? [primary.cue] : []), ...found.map((f) => f.ref.span)];
    for (const hop of findChainHops(text, region, exclude)) found.push({ ref: hop.ref, cue: hop.cue, confidence: primary.confidence });
    // The audience ends where the content starts, when the content follows the cue ("told The Washington Post that …").
    const after = primary.content.find((c) => primary.cue !== null && c.start >= primary.cue.end);
    const audience = findAudienceOutlet(text, primary.cue, Math.min(after?.start ?? region.end, region.end));
    if (audience !== null && !found.some((f) => overlaps(f.ref.span, audience.span))) found.push({ ref: audience, cue: 'told', confidence: primary.confidence });
  }
  found.sort((a, b) => Math.abs(a.ref.span.start - anchor.start) - Math.abs(b.ref.span.start - anchor.start));
  const ids: number[] = [];
  for (const hop of found) {
    const id = addActorPhrase(state, hop.ref, hop.cue, hop.confidence);
    if (id !== null) ids.push(id);
  }
  return ids;
}
