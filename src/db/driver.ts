import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config/config';

/**
 * One driver per process. Integers come back as JavaScript numbers: every count and
 * offset we store is far below 2^53.
 */
export function createDriver(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // How long executeRead/executeWrite keep retrying transient errors (deadlocks between
    // concurrent ingests, leader switches) with back-off before giving up; the first retry
    // waits about a second, so 5 s allowed only two or three.
    maxTransactionRetryTime: 15_000,
    userAgent: 'claimgraph',
  });
}
