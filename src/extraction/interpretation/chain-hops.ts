import type { Span } from '../types';
import { isCollectiveOutletPhrase, isKnownOutlet, isOutletPhrase } from '../entities';
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

/** Forms of "tell": the words after them are the audience. */
const TELL_CUE = /^(?:told|tells?|telling)$/i;
/** The capitalised words right after the cue: "The Washington Post", "USA TODAY's weekly …", "Bill O'Reilly of Fox News". */
const AUDIENCE = /^\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}\d.&'’-]*){0,5})/u;

/**
 * "Y told X …": X is the audience, not a hop — unless X is an outlet ("told The Washington
 * Post", "told MSNBC's "Morning Joe"", "told Bill O'Reilly of Fox News", "told CBS This
 * Morning"), through which the words reached us. Returns that outlet's phrase, or null.
 */
export function findAudienceOutlet(text: string, cue: Span | null, end: number): PhraseRef | null {
  if (cue === null || !TELL_CUE.test(text.slice(cue.start, cue.end).trim())) return null;
  const m = AUDIENCE.exec(text.slice(cue.end, Math.max(cue.end, end)));
  const run = m?.[1];
  if (m === null || run === undefined) return null;
  const at = cue.end + m[0].length - run.length;
  for (const { start, length } of audienceCandidates(run)) {
    const ref = phraseAt(text, at + start, at + start + length);
    if (ref.text.length > 0 && (isOutletPhrase(ref.text) || isKnownOutlet(ref.text))) return ref;
  }
  return null;
}

/** Parts of an audience phrase that may be the outlet, most specific reading first. */
function audienceCandidates(run: string): Array<{ start: number; length: number }> {
  const out: Array<{ start: number; length: number }> = [];
  const possessive = /['’]s\b/u.exec(run);
  const whole = possessive === null ? run : run.slice(0, possessive.index);
  out.push({ start: 0, length: whole.length });
  const of = whole.lastIndexOf(' of ');
  if (of >= 0) out.push({ start: of + 4, length: whole.length - of - 4 });
  // "CBS This Morning": the network is the leading words of the programme's name.
  const words = [...whole.matchAll(/\S+/g)];
  for (let n = words.length - 1; n >= 1; n -= 1) {
    const last = words[n - 1];
    if (last !== undefined) out.push({ start: 0, length: (last.index ?? 0) + last[0].length });
  }
  return out;
}
