import type { Span } from './types';

/** Characters two multi-fragment spans have in common (fragments of one span do not overlap). */
export function sharedChars(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}
