/**
 * Most cached results a memoised function keeps before it starts over. Names repeat within and
 * across articles (the same hundred officials), so a small cache removes most of the work of
 * folding and classifying them; clearing when full bounds memory on an endless stream.
 */
export const MEMO_MAX_ENTRIES = 10_000;

/** Wraps a pure one-string function with a cache of at most `maxEntries` results. */
export function memoize<T>(fn: (input: string) => T, maxEntries = MEMO_MAX_ENTRIES): (input: string) => T {
  const cache = new Map<string, T>();
  return (input: string): T => {
    const hit = cache.get(input);
    if (hit !== undefined || cache.has(input)) return hit as T;
    if (cache.size >= maxEntries) cache.clear();
    const value = fn(input);
    cache.set(input, value);
    return value;
  };
}
