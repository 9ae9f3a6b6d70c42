/**
 * The attributions as PolNeAR annotates them. The span stage gives every cue its attribution,
 * and the interpreter needs them all (the hops of a chain — "Peskov said, according to the
 * Russian media, UNN reports" — share one content); PolNeAR, and so the scorer, gives a
 * content to one of them.
 */
import { sharedChars } from '../spans';
import type { AttributionSpans, Span } from '../types';
import { extractAttributions } from './extract';
import type { AttributionModel } from './model';

function length(spans: readonly Span[]): number {
  return spans.reduce((n, s) => n + s.end - s.start, 0);
}

/**
 * Two contents are one when each has at least this share of its characters in the other. On
 * dev, 0.2 / 0.25 / 0.3 / 0.35 / 0.4 / 0.5 / 0.6 gave content_match 0.699 / 0.699 / 0.699 /
 * 0.697 / 0.698 / 0.697 / 0.693; train stays at 0.822 from 0.2 to 0.5 (attribution 0.774 up to
 * 0.4, 0.773 at 0.5). Below ~0.3 contents that merely touch would start to count as one.
 */
const SHARED_SHARE = 0.3;

/** Characters between an attribution's cue and its content (a cue-less one is furthest). */
function cueDistance(a: AttributionSpans, from: number, to: number): number {
  if (a.cue === null) return Number.MAX_SAFE_INTEGER;
  return Math.max(0, a.cue.start - to, from - a.cue.end);
}

/**
 * One attribution per content. Two cues often get the same content from the role tagger — "X
 * said, according to Y, …", "X told reporters and wrote …" — where PolNeAR gives it to one of
 * them (a chain's outer hop holds the inner attribution, not its content). When two contents
 * share at least SHARED_SHARE of each, the attribution with the shorter content is dropped, and
 * on a tie the one whose cue is further from the content. At half of each: on train, 385 such
 * pairs, and in 339 only one of the two matched a gold content (content_match 0.812 → 0.820,
 * attribution 0.768 → 0.772; keeping the higher confidence or the first instead: 0.820 /
 * 0.770; always the nearest cue: lower).
 */
export function dropSharedContents(attributions: readonly AttributionSpans[]): AttributionSpans[] {
  const n = attributions.length;
  const lengths = attributions.map((a) => length(a.content));
  const from = attributions.map((a) => Math.min(...a.content.map((s) => s.start)));
  const to = attributions.map((a) => Math.max(...a.content.map((s) => s.end)));
  // Swept in order of content start: only contents whose extents overlap are compared.
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => (from[x] as number) - (from[y] as number) || x - y);
  const dropped = new Uint8Array(n);
  for (let a = 0; a < n; a++) {
    const j = order[a] as number;
    for (let b = a + 1; b < n && !dropped[j]; b++) {
      const k = order[b] as number;
      if ((from[k] as number) >= (to[j] as number)) break;
      if (dropped[k]) continue;
      const shared = sharedChars((attributions[j] as AttributionSpans).content, (attributions[k] as AttributionSpans).content);
      if (shared < SHARED_SHARE * (lengths[j] as number) || shared < SHARED_SHARE * (lengths[k] as number)) continue;
      const lj = lengths[j] as number;
      const lk = lengths[k] as number;
      const keepJ = lj !== lk ? lj > lk : cueDistance(attributions[j] as AttributionSpans, from[j] as number, to[j] as number) <= cueDistance(attributions[k] as AttributionSpans, from[k] as number, to[k] as number);
      dropped[keepJ ? k : j] = 1;
    }
  }
  return attributions.filter((_, i) => !dropped[i]);
}

/** `extractAttributions` reduced to one attribution per content: what the scorer is given. */
export function polnearAttributions(text: string, model?: AttributionModel): AttributionSpans[] {
  return dropSharedContents(extractAttributions(text, model));
}
