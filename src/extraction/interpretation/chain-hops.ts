import type { Span } from '../types';
import { isCollectiveOutletPhrase, isOutletPhrase } from '../entities';
import { overlaps, phraseAt, type PhraseRef } from './phrase-ref';

/** One hop of an attribution chain found in the text: who passed the words on, and the cue. */
export interface HopPhrase {
  ref: PhraseRef;
  cue: string;
}

/**
 * Chain cues outside the statement's own source, cue and content, in the same sentence:
 * "…, Peskov said at a briefing, according to the Russian media, UNN reports." — "according to
 * X", "X reports/writes", "reports/writes X", "citing X", "as reported by X". The phrase runs to
 * the next comma or stop. `needs`: words one of which every match contains. `outlet`: the
 * phrase must be an outlet ("Clinton reported" and "On September 27 they reported" are no hops).
 */
const HOP_PATTERNS: ReadonlyArray<{ pattern: RegExp; cue: string; group: number; needs: readonly string[]; outlet?: boolean }> = [
  { pattern: /\b[Aa]ccording to\s+((?:the\s+)?[^,.;:"“”«»()]+?)(?=\s*(?:[,.;:()]|$))/g, cue: 'according to', group: 1, needs: ['ccording to'] },
  {
    pattern:
      /((?:\b[Tt]he\s+)?(?:\p{Lu}[\p{L}.\-]*\s+){0,3}(?:\p{Lu}[\p{L}.\-]*|media|press|outlets|newspapers?))\s+(reports|reported|writes|wrote|informs|informed)\b/gu,
    cue: 'reports',
    group: 1,
    needs: ['report', 'writes', 'wrote', 'inform'],
    outlet: true,
  },
  {
    pattern: /\b(?:reports|reported|writes|wrote)\s+((?:the\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,3})(?=\s*(?:[,.;:]|$))/gu,
    cue: 'reports',
    group: 1,
    needs: ['report', 'writes', 'wrote'],
    outlet: true,
  },
  { pattern: /\b(?:citing|as reported by|cited by|quoting)\s+((?:the\s+)?[^,.;:"“”«»()]+?)(?=\s*(?:[,.;:()]|$))/g, cue: 'citing', group: 1, needs: ['citing', 'reported by', 'cited by', 'quoting'] },
];

/**
 * Finds the hops of an attribution chain in `region` (the statement's sentence), skipping any
 * match that overlaps the spans in `exclude` (the statement's own source, cue and content).
 */
export function findChainHops(text: string, region: Span, exclude: readonly Span[]): HopPhrase[] {
  const slice = text.slice(region.start, region.end);
  const hops: HopPhrase[] = [];
  for (const { pattern, cue, group, needs, outlet } of HOP_PATTERNS) {
    // Most sentences have no chain cue at all; a substring test rules a pattern out far more
    // cheaply than running it (the "X reports" one backtracks over every capitalised word).
    if (!needs.some((word) => slice.includes(word))) continue;
    for (const m of slice.matchAll(pattern)) {
      const phrase = m[group];
      if (phrase === undefined) continue;
      const at = region.start + (m.index ?? 0) + m[0].indexOf(phrase);
      const ref = phraseAt(text, at, at + phrase.length);
      const whole = { start: region.start + (m.index ?? 0), end: region.start + (m.index ?? 0) + m[0].length };
      if (ref.text.length === 0 || exclude.some((e) => overlaps(e, whole))) continue;
      if (outlet === true && !isOutletPhrase(ref.text) && !isCollectiveOutletPhrase(ref.text)) continue;
      if (hops.some((h) => overlaps(h.ref.span, ref.span))) continue;
      hops.push({ ref, cue: m[0].includes('ccording') ? 'according to' : cue });
    }
  }
  return hops;
}
