/** What one request answered while the database was down, and how fast. */
export interface DownAnswer {
  what: string;
  ms: number;
  status: number;
  /** `extensions.code` of the first GraphQL error, or /readyz's `status`. */
  code: string | null;
  /** Fast enough and the right answer: UNAVAILABLE with HTTP 503 (/readyz: 503) within FAIL_WITHIN_MS. */
  ok: boolean;
}

/** How fast a request must fail while Neo4j is down: a client should not wait out the driver's retries. */
export const FAIL_WITHIN_MS = 1000;

async function timed(what: string, request: () => Promise<Response>, expectCode: (status: number, body: any) => string | null, want: string): Promise<DownAnswer> {
  const began = performance.now();
  try {
    const response = await request();
    const body = await response.json().catch(() => null);
    const ms = Math.round(performance.now() - began);
    const code = expectCode(response.status, body);
    return { what, ms, status: response.status, code, ok: code === want && response.status === 503 && ms < FAIL_WITHIN_MS };
  } catch (error) {
    return { what, ms: Math.round(performance.now() - began), status: 0, code: `no answer: ${(error as Error).message}`, ok: false };
  }
}

const graphqlCode = (_status: number, body: any): string | null => body?.errors?.[0]?.extensions?.code ?? (body?.data ? 'DATA' : null);

/**
 * Asks the API a read, a keyed write and /readyz while Neo4j is down: each must fail within
 * FAIL_WITHIN_MS with HTTP 503, the GraphQL ones with the code UNAVAILABLE.
 */
export async function askWhileDown(url: string, key: string): Promise<DownAnswer[]> {
  const post = (body: unknown, headers: Record<string, string> = {}) => () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  const read = { query: '{ articles(first: 5) { totalCount edges { node { id title } } } }' };
  const write = {
    query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }',
    variables: { input: { text: `date 2026-12-01\nA spokesman said the outage drill number ${Date.now()} went as planned.` } },
  };
  return [
    await timed('read', post(read), graphqlCode, 'UNAVAILABLE'),
    await timed('keyed write', post(write, { authorization: `Bearer ${key}` }), graphqlCode, 'UNAVAILABLE'),
    await timed('/readyz', () => fetch(`${url}/readyz`, { signal: AbortSignal.timeout(30_000) }), (status) => String(status), '503'),
  ];
}

/** Waits until /readyz answers 200 and a read succeeds, without touching the server; resolves with the wait in ms. */
export async function waitForRecovery(url: string, timeoutMs = 120_000): Promise<number> {
  const began = Date.now();
  while (Date.now() - began < timeoutMs) {
    try {
      const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5000) });
      if (ready.ok) {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ articles(first: 1) { totalCount } }' }),
          signal: AbortSignal.timeout(10_000),
        });
        const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
        if (body.data && !body.errors) return Date.now() - began;
      }
    } catch {
      // still down
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API did not recover within ${timeoutMs / 1000} s of Neo4j's restart`);
}
