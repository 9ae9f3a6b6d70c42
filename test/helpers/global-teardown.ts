import { stopEmbedded } from '../../src/db/embedded-neo4j';
import { testEmbeddedSettings } from './test-settings';

/** Stops the tests' embedded Neo4j if global setup started it; a reused instance stays up. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.CLAIMGRAPH_TEST_STOP_NEO4J === '1') await stopEmbedded(testEmbeddedSettings());
}
