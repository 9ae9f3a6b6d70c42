import type { HttpAsk } from './questions';

/**
 * Asking a benchmark server once, outside the timed runs: for the equality check and the set-up
 * of deep cursors. A GraphQL error or a non-2xx status is an error naming the server and path.
 */
export async function ask(baseUrl: string, request: HttpAsk): Promise<{ body: string; data: unknown }> {
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: request.body ? { 'content-type': 'application/json' } : undefined,
    body: request.body,
  });
  const body = await response.text();
  let parsed: { data?: unknown; errors?: Array<{ message: string }> };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    throw new Error(`${baseUrl}${request.path} answered ${response.status} with no JSON: ${body.slice(0, 200)}`);
  }
  if (!response.ok || parsed.errors?.length) {
    throw new Error(`${baseUrl}${request.path} answered ${response.status}: ${parsed.errors?.map((e) => e.message).join('; ') ?? body.slice(0, 200)}`);
  }
  return { body, data: parsed.data };
}

// Sets, not lists: the API promises no order for a statement's claims or a claim's counters.
const UNORDERED = new Set(['claims', 'counteredBy']);
// Date-times: our DateTime scalar and the stored strings may differ in spelling, not in time.
const TIMES = new Set(['at', 'publishedAt']);

/** An answer in a form where equal meaning is equal text: keys sorted, times in one spelling, sets sorted. */
export function normaliseAnswer(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normaliseAnswer(item));
    return UNORDERED.has(key) ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : items;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, normaliseAnswer((value as Record<string, unknown>)[k], k)]),
    );
  }
  if (TIMES.has(key) && typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  return value;
}

/** Where two normalised answers first differ (a JSON path and both values), or null when equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const difference = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (difference) return difference;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const difference = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (difference) return difference;
    }
  }
  const show = (v: unknown) => (JSON.stringify(v) ?? 'undefined').slice(0, 120);
  return `${path}: ${show(a)} vs ${show(b)}`;
}
