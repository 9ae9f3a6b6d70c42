import type { AttributionSpans, Span } from '../types';
import { MAX_ATTRIBUTIONS } from './limits';
import { contains, overlaps } from './phrase-ref';

/**
 * One statement's worth of attributions from the span stage: the attribution naming the
 * speaker, the ones that only pass it on (hops: "according to the Russian media", "UNN
 * reports"), and the attributions nested inside its content (speech it reports).
 */
export interface AttributionGroup {
  primary: AttributionSpans;
  hops: AttributionSpans[];
  nested: AttributionGroup[];
}

/**
 * Most earlier attributions a new one is compared with while their extents overlap. Real text
 * has a handful (a statement and its hops); a flood of overlapping spans from a broken tagger
 * must not turn grouping quadratic.
 */
const MAX_OVERLAPPING_COMPARED = 64;

/** Content overlap (share of the smaller content) from which two attributions are one statement. */
const SAME_CONTENT_OVERLAP = 0.5;

/**
 * Drops what the span stage should not have produced (spans outside the text, empty or
 * inverted spans, attributions without content) and orders fragments, so later stages may
 * trust offsets. At most MAX_ATTRIBUTIONS are kept.
 */
export function sanitizeAttributions(text: string, spans: readonly AttributionSpans[]): AttributionSpans[] {
  const valid = (s: Span | null): s is Span =>
    s !== null && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end;
  const out: AttributionSpans[] = [];
  for (const a of spans.slice(0, MAX_ATTRIBUTIONS)) {
    const content = a.content.filter(valid).sort((x, y) => x.start - y.start);
    if (content.length === 0) continue;
    const confidence = Number.isFinite(a.confidence) ? Math.min(1, Math.max(0.01, a.confidence)) : 0.5;
    out.push({ source: valid(a.source) ? a.source : null, cue: valid(a.cue) ? a.cue : null, content, confidence });
  }
  return out;
}

/** The extent of an attribution's content: first fragment start to last fragment end. */
export function contentExtent(a: AttributionSpans): Span {
  const first = a.content[0];
  const last = a.content[a.content.length - 1];
  return { start: first?.start ?? 0, end: last?.end ?? 0 };
}

/** The span from the attribution's earliest to latest character (source, cue and content). */
function fullExtent(a: AttributionSpans): Span {
  const spans = [...a.content, ...(a.source ? [a.source] : []), ...(a.cue ? [a.cue] : [])];
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/**
 * Groups attributions into statements. Two attributions are one statement when their contents
 * overlap by half the smaller one, or when one's source and cue lie inside the other's content
 * and the outer one only transmits (an outlet, or a reporting cue: "[Peskov said X], UNN
 * reports"). When the outer one speaks in its own right ("According to Andriy Yusov, [Russia
 * is working to remind Ukrainians that X]"), the inner one is nested speech instead. The
 * primary of a group is the non-transmitting attribution with a source and the smallest content.
 * Of two attributions whose sources lie in each other's content, the less confident is dropped.
 * `isTransmitter` decides from the source and cue text. Attributions are compared only while
 * their extents overlap, so this is linear for ordinary text.
 */
export function groupAttributions(
  attributions: readonly AttributionSpans[],
  isTransmitter: (a: AttributionSpans) => boolean,
): AttributionGroup[] {
  const n = attributions.length;
  const parent = attributions.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const union = (a: number, b: number): void => {
    parent[find(b)] = find(a);
  };
  const nestedPairs: Array<{ outer: number; inner: number }> = [];
  const dropped = new Set<number>();
  const extents = attributions.map(fullExtent);
  // Decided once per attribution: relate() asks for every overlapping pair.
  const transmits = attributions.map(isTransmitter);
  const order = attributions.map((_, i) => i).sort((a, b) => (extents[a]?.start ?? 0) - (extents[b]?.start ?? 0));
  const active: number[] = [];
  for (const i of order) {
    const ai = attributions[i] as AttributionSpans;
    const ei = extents[i] as Span;
    for (let k = active.length - 1; k >= 0; k -= 1) {
      if ((extents[active[k] as number]?.end ?? 0) <= ei.start) active.splice(k, 1);
    }
    if (active.length > MAX_OVERLAPPING_COMPARED) active.splice(0, active.length - MAX_OVERLAPPING_COMPARED);
    for (const j of active) {
      const aj = attributions[j] as AttributionSpans;
      const relation = relate(aj, ai, transmits[j] === true, transmits[i] === true);
      if (relation === 'cycle') dropped.add(aj.confidence < ai.confidence ? j : i);
      else if (relation === 'same') union(j, i);
      else if (relation === 'first-contains-second') nestedPairs.push({ outer: j, inner: i });
      else if (relation === 'second-contains-first') nestedPairs.push({ outer: i, inner: j });
    }
    active.push(i);
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i += 1) {
    if (dropped.has(i)) continue;
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  }
  const groups = new Map<number, AttributionGroup>();
  for (const [root, ids] of members) {
    // The speaker is named by a source; an attribution without one ("reportedly") never wins.
    const sourced = ids.filter((i) => attributions[i]?.source !== null);
    const speakers = sourced.filter((i) => transmits[i] !== true);
    const pool = speakers.length > 0 ? speakers : sourced.length > 0 ? sourced : ids;
    const primaryId = pool.reduce((best, i) => (size(attributions[i]) < size(attributions[best]) ? i : best), pool[0] as number);
    groups.set(root, {
      primary: attributions[primaryId] as AttributionSpans,
      hops: ids.filter((i) => i !== primaryId).map((i) => attributions[i] as AttributionSpans),
      nested: [],
    });
  }
  const nestedRoots = new Set<number>();
  for (const { outer, inner } of nestedPairs) {
    if (dropped.has(outer) || dropped.has(inner)) continue;
    const o = find(outer);
    const i = find(inner);
    if (o === i || nestedRoots.has(i)) continue;
    const outerGroup = groups.get(o);
    const innerGroup = groups.get(i);
    if (outerGroup === undefined || innerGroup === undefined) continue;
    outerGroup.nested.push(innerGroup);
    nestedRoots.add(i);
  }
  return [...groups.entries()]
    .filter(([root]) => !nestedRoots.has(root))
    .map(([, g]) => g)
    .sort((a, b) => contentExtent(a.primary).start - contentExtent(b.primary).start);
}

function size(a: AttributionSpans | undefined): number {
  if (a === undefined) return Number.POSITIVE_INFINITY;
  return a.content.reduce((sum, s) => sum + (s.end - s.start), 0);
}

type Relation = 'same' | 'first-contains-second' | 'second-contains-first' | 'cycle' | 'none';

/** How two attributions relate; `aTransmits`/`bTransmits` say whether each only passes words on. */
function relate(a: AttributionSpans, b: AttributionSpans, aTransmits: boolean, bTransmits: boolean): Relation {
  const ca = contentExtent(a);
  const cb = contentExtent(b);
  // Each one's source inside the other's content cannot both be true of real speech: the span
  // stage took a clause for a source ("…, as well as the analysis of some experts about a great
  // threat, are premature horror stories" read as "<source> are <cue>"). The less confident goes.
  const anchorA = a.source ?? a.cue;
  const anchorB = b.source ?? b.cue;
  if (anchorA !== null && anchorB !== null && contains(ca, anchorB) && contains(cb, anchorA)) return 'cycle';
  if (inside(a, b)) return aTransmits ? 'same' : 'first-contains-second';
  if (inside(b, a)) return bTransmits ? 'same' : 'second-contains-first';
  if (!overlaps(ca, cb)) return 'none';
  const shared = Math.min(ca.end, cb.end) - Math.max(ca.start, cb.start);
  const smaller = Math.min(ca.end - ca.start, cb.end - cb.start);
  return shared >= SAME_CONTENT_OVERLAP * smaller ? 'same' : 'none';
}

/** True when `inner`'s source (or cue) lies in `outer`'s content, and not the other way round. */
function inside(outer: AttributionSpans, inner: AttributionSpans): boolean {
  const oc = contentExtent(outer);
  const anchor = inner.source ?? inner.cue;
  return anchor !== null && contains(oc, anchor) && !(outer.source !== null && contains(contentExtent(inner), outer.source));
}
