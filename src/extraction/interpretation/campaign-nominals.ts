import { splitPersonName } from '../entities';
import type { InterpretationState } from './interpretation-state';
import { phraseAt, type PhraseRef } from './phrase-ref';

/** A campaign named by its candidate: "the Clinton campaign", "the Trump campaign's website". */
const NAMED_CAMPAIGN = /\b[Tt]he\s+\p{Lu}[\p{L}-]+(?:['’]s)?\s+campaign\b/gu;
/** How far back a named campaign is looked for; older ones are usually another story. */
const CAMPAIGN_LOOKBACK_CHARS = 6000;

/**
 * The campaign "the campaign" or "campaign aides" speaks for: the campaign named nearest
 * before it ("Minyon Moore, a senior adviser to the Clinton campaign"), else the campaign of
 * the candidate the article names most (a person the article or the known-people table calls a
 * nominee or candidate), else null. The campaign becomes an organisation named "the <surname>
 * campaign", mentioned at `ref`.
 */
export function resolveCampaign(state: InterpretationState, ref: PhraseRef, confidence: number): number | null {
  const { text, actors } = state;
  const from = Math.max(0, ref.span.start - CAMPAIGN_LOOKBACK_CHARS);
  let named: PhraseRef | null = null;
  for (const m of text.slice(from, ref.span.start).matchAll(NAMED_CAMPAIGN)) named = phraseAt(text, from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length);
  let name: string | null = named === null ? null : named.text.replace(/^The/, 'the').replace(/['’]s\s+campaign$/, ' campaign');
  if (name === null) {
    let best: { surname: string; mentions: number } | null = null;
    for (const root of actors.roots()) {
      if (actors.typeOf(root) !== 'PERSON') continue;
      const described = actors.descriptionWords(root);
      if (described.has('vice') || !(described.has('nominee') || described.has('candidate'))) continue;
      const surname = splitPersonName(actors.bestName(root) ?? '').surname;
      const mentions = actors.mentionSpans(root).filter((s) => s.start < ref.span.start).length;
      if (surname !== null && mentions > 0 && (best === null || mentions > best.mentions)) best = { surname, mentions };
    }
    if (best !== null) name = `the ${best.surname} campaign`;
  }
  if (name === null) return null;
  const id = actors.add({ text: name, span: ref.span, type: 'ORGANIZATION', confidence });
  state.mentioned.push({ id, at: ref.span.start });
  return id;
}
