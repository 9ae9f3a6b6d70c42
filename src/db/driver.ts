import neo4j, { type Driver } from 'neo4j-driver';
import type { DriverSettings, Neo4jTarget } from '../config/config';

/** What a target that names no driver settings gets: the defaults of config.ts. */
export const DEFAULT_DRIVER_SETTINGS: DriverSettings = {
  connectionTimeoutMs: 2_000,
  acquisitionTimeoutMs: 10_000,
  maxRetryTimeMs: 15_000,
  unreachableCheckMs: 250,
};

/**
 * One driver per process. Integers come back as JavaScript numbers: every count and
 * offset we store is far below 2^53.
 */
export function createDriver(target: Neo4jTarget): Driver {
  const settings = { ...DEFAULT_DRIVER_SETTINGS, ...target.driver };
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: true,
    // Waiting for a free pooled connection: a saturated pool answers BUSY-like slowness, not a hang.
    connectionAcquisitionTimeout: settings.acquisitionTimeoutMs,
    // Opening a socket and the Bolt handshake: a server that takes longer is as good as down
    // (a refused connection fails at once whatever this says; a black-holed one waits this long).
    connectionTimeout: settings.connectionTimeoutMs,
    // How long executeRead/executeWrite keep retrying transient errors (deadlocks between
    // concurrent ingests, leader switches) with back-off before giving up; the first retry
    // waits about a second, so 5 s allowed only two or three. An unreachable server does not
    // wait this out: Graph fails such a request after one reachability check (unreachableCheckMs).
    maxTransactionRetryTime: settings.maxRetryTimeMs,
    userAgent: 'claimgraph',
  });
}
