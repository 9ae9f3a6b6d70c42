import { startEmbedded } from '../../src/db/embedded-neo4j';
import { testEmbeddedSettings } from './test-settings';

/** Starts the tests' embedded Neo4j unless NEO4J_URI names a server; records whether to stop it. */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const began = Date.now();
  const { started, uri } = await startEmbedded(testEmbeddedSettings(), (line) => process.stderr.write(`\n${line}`));
  process.env.CLAIMGRAPH_TEST_STOP_NEO4J = started ? '1' : '';
  process.stderr.write(`\nTest Neo4j ${started ? 'started' : 'reused'} at ${uri} in ${((Date.now() - began) / 1000).toFixed(1)} s\n`);
}
