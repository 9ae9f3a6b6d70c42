import type { FuzzCase } from './operations';

/** What the server answered to one case. */
export interface FuzzAnswer {
  status: number;
  ms: number;
  /** The first GraphQL error's `extensions.code`, `DATA` for a clean answer, or what went wrong on the wire. */
  code: string;
  body: string;
}

/** Sends one case as a client would (POST /graphql, JSON), giving up after `timeoutMs`: a hang is a finding. */
export async function sendCase(url: string, c: FuzzCase, headers: Record<string, string>, timeoutMs: number): Promise<FuzzAnswer> {
  const began = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: c.query, variables: c.variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.text();
    let code = 'NOT_JSON';
    try {
      const parsed = JSON.parse(body) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
      code = parsed.errors?.[0]?.extensions?.code ?? (parsed.errors ? 'NO_CODE' : 'DATA');
    } catch {
      // stays NOT_JSON
    }
    return { status: response.status, ms: Math.round(performance.now() - began), code, body };
  } catch (error) {
    const name = (error as Error).name === 'TimeoutError' ? 'HANG' : 'NO_ANSWER';
    return { status: 0, ms: Math.round(performance.now() - began), code: name, body: (error as Error).message };
  }
}

/**
 * Why an answer is a finding, or null when it is fine. Fine: any 2xx or 4xx with a JSON body whose
 * errors carry a code other than INTERNAL_SERVER_ERROR (a masked, unexpected exception: our bug,
 * even when the status is 200). Findings: a 5xx, no answer or a hang, a body that is not JSON.
 */
export function finding(answer: FuzzAnswer): string | null {
  if (answer.code === 'HANG') return 'no answer within the time limit';
  if (answer.code === 'NO_ANSWER') return `no answer: ${answer.body}`;
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  if (answer.code === 'NOT_JSON') return 'the body is not JSON';
  if (answer.code === 'INTERNAL_SERVER_ERROR') return 'an unexpected error (masked as INTERNAL_SERVER_ERROR)';
  return null;
}
