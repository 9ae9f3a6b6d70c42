import autocannon from 'autocannon';
import type { HttpAsk } from './questions';

export interface LoadFigures {
  /** Requests per second, mean over the run. */
  rps: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
  /** Connection errors, timeouts, non-2xx answers and answers that differ from the checked one. */
  errors: number;
  requests: number;
}

/**
 * Drives one server with autocannon at a fixed concurrency for a fixed time. With `expectBody`,
 * every answer is compared byte for byte with the one the equality check saw, so a server that
 * fails under load (a GraphQL error still answers 200) counts errors instead of looking fast.
 */
export async function measureLoad(baseUrl: string, request: HttpAsk, options: { connections: number; seconds?: number; requests?: number; expectBody?: string }): Promise<LoadFigures> {
  const result = await autocannon({
    url: `${baseUrl}${request.path}`,
    method: request.method,
    headers: request.body ? { 'content-type': 'application/json' } : {},
    body: request.body,
    connections: options.connections,
    ...(options.requests ? { amount: options.requests } : { duration: options.seconds ?? 5 }),
    timeout: 30,
    expectBody: options.expectBody,
  });
  const mismatches = (result as unknown as { mismatches?: number }).mismatches ?? 0;
  return {
    rps: round(result.requests.average),
    p50: round(result.latency.p50),
    p99: round(result.latency.p99),
    errors: result.errors + result.timeouts + result.non2xx + mismatches,
    requests: result.requests.total,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
