import autocannon from 'autocannon';
import { cpuSecondsOf, cpuSecondsOfTree } from './process-cpu';
import type { HttpAsk } from './questions';

export interface LoadFigures {
  /** Requests per second, mean over the run. */
  rps: number;
  /** Latency percentiles in milliseconds; null when no request completed within the run. */
  p50: number | null;
  p99: number | null;
  /** Connection errors, timeouts, non-2xx answers and answers that differ from the checked one. */
  errors: number;
  requests: number;
  /**
   * CPU milliseconds per completed request of the server (its process and those below it) and of
   * Neo4j over the run, when their pids were given; null where /proc cannot say. Unlike req/s,
   * these hardly move with what else the machine runs, so two servers compare by them too.
   */
  cpuMs?: { server: number | null; neo4j: number | null };
}

/** The processes whose CPU a run is charged: the server's and Neo4j's. */
export interface LoadPids {
  server: number;
  neo4j: number;
}

/**
 * Drives one server with autocannon at a fixed concurrency for a fixed time. With `expectBody`,
 * every answer is compared byte for byte with the one the equality check saw, so a server that
 * fails under load (a GraphQL error still answers 200) counts errors instead of looking fast.
 */
export async function measureLoad(
  baseUrl: string,
  request: HttpAsk,
  options: { connections: number; seconds?: number; requests?: number; expectBody?: string; pids?: LoadPids },
): Promise<LoadFigures> {
  const cpu = () => (options.pids ? { server: cpuSecondsOfTree(options.pids.server), neo4j: cpuSecondsOf(options.pids.neo4j) } : null);
  const before = cpu();
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
  const after = cpu();
  const mismatches = (result as unknown as { mismatches?: number }).mismatches ?? 0;
  const completed = result.requests.total;
  const perRequest = (from: number | null | undefined, to: number | null | undefined) =>
    from == null || to == null || completed === 0 ? null : round2(((to - from) * 1000) / completed);
  return {
    rps: round(result.requests.average),
    p50: completed > 0 ? round(result.latency.p50) : null,
    p99: completed > 0 ? round(result.latency.p99) : null,
    errors: result.errors + result.timeouts + result.non2xx + mismatches,
    requests: completed,
    ...(before && after ? { cpuMs: { server: perRequest(before.server, after.server), neo4j: perRequest(before.neo4j, after.neo4j) } } : {}),
  };
}

/**
 * How long to drive a question so that requests finish inside the run: at least `seconds`, and
 * three times the latency expected at this concurrency (a first probe's p50 at its concurrency,
 * scaled as a saturated server's queue would be), up to `maxSeconds`.
 */
export function runSeconds(seconds: number, probe: { p50: number | null; connections: number }, connections: number, maxSeconds = 120): number {
  const expectedMs = (probe.p50 ?? 0) * Math.max(1, connections / probe.connections);
  return Math.min(maxSeconds, Math.max(seconds, Math.ceil((3 * expectedMs) / 1000)));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
