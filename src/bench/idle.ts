import type { Graph } from '../db/graph';

const POLL_MS = 250;

/**
 * Waits until the database runs no query but ours, up to `maxMs`: autocannon closes its
 * connections when a run ends, but the queries of requests still in flight go on inside Neo4j,
 * and would otherwise slow down whichever server is timed next. Resolves to the milliseconds
 * waited, or -1 when the database still had work at the end of it.
 */
export async function waitUntilIdle(graph: Graph, maxMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < maxMs) {
    const [row] = await graph.read('bench/count-running-queries');
    if (Number(row?.running ?? 0) === 0) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return -1;
}
