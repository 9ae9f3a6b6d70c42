import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics, in one registry that every layer counts into (ingest, the
 * database executor, the server) and that `GET /metrics` exposes. It lives below all of them so
 * that none has to import the server to count.
 */
export const metricsRegistry = new Registry();

// Node's own figures (heap, event-loop lag, GC, open handles), prefixed like ours.
collectDefaultMetrics({ register: metricsRegistry, prefix: 'claimgraph_' });

/**
 * GraphQL requests by operation name, type and outcome (`ok` or the first error's code). Clients
 * choose operation names, so they are bounded by `operationLabel`.
 */
export const graphqlRequests = new Counter({
  name: 'claimgraph_graphql_requests_total',
  help: 'GraphQL requests by operation name, operation type and outcome (ok or an error code).',
  labelNames: ['operation', 'type', 'outcome'] as const,
  registers: [metricsRegistry],
});

/** Latency of GraphQL requests, from the first byte read to the last written. */
export const graphqlDuration = new Histogram({
  name: 'claimgraph_graphql_request_duration_seconds',
  help: 'GraphQL request latency in seconds, by operation name and type.',
  labelNames: ['operation', 'type'] as const,
  // From a cached page (a few ms) to the per-request budget of a heavy ingest (seconds).
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/**
 * Requests refused by a limit before they did their work: `rate` (the rate limiter), and the
 * request limits' own names (depth, cost, body size…). Call `countRejection`.
 */
const rejectedRequests = new Counter({
  name: 'claimgraph_rejected_requests_total',
  help: 'Requests refused by a limit, by the limit that refused them.',
  labelNames: ['limit'] as const,
  registers: [metricsRegistry],
});

/** Counts one request refused by `limit` (a short, fixed name such as `rate` or `depth`; never client input). */
export function countRejection(limit: string): void {
  rejectedRequests.inc({ limit });
}

/** Articles through ingest, by how each ended: CREATED, UNCHANGED (the text was stored already) or FAILED. */
export const articlesIngested = new Counter({
  name: 'claimgraph_articles_ingested_total',
  help: 'Articles ingested, by status (CREATED, UNCHANGED, FAILED).',
  labelNames: ['status'] as const,
  registers: [metricsRegistry],
});

/** Statements written by committed ingests. */
export const statementsWritten = new Counter({
  name: 'claimgraph_statements_written_total',
  help: 'Statements written to the graph by ingest.',
  registers: [metricsRegistry],
});

/**
 * Neo4j sessions open at this moment, each holding one pooled connection: the driver exposes no
 * pool figures of its own, and the executor opens a session per transaction, so this is the
 * number of connections in use. Compare it with the driver's pool size (100 by default).
 */
export const neo4jSessionsInUse = new Gauge({
  name: 'claimgraph_neo4j_sessions_in_use',
  help: 'Neo4j sessions (so pooled connections) in use now.',
  labelNames: ['mode'] as const,
  registers: [metricsRegistry],
});

/** Cypher round trips, by the registry name of the query (a fixed set: the files in cypher/). */
export const neo4jQueries = new Counter({
  name: 'claimgraph_neo4j_queries_total',
  help: 'Cypher queries run, by their name in the query registry.',
  labelNames: ['query'] as const,
  registers: [metricsRegistry],
});
