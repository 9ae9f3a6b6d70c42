import fs from 'node:fs';
import path from 'node:path';
import { CypherRegistry } from '../../src/db/cypher-registry';
import { createDriver } from '../../src/db/driver';
import { Graph } from '../../src/db/graph';
import { migrate } from '../../src/db/migrations';
import { createLogger } from '../../src/logger';
import { testNeo4jTarget } from './test-settings';

/** Quiet by default; TEST_LOG_LEVEL=error shows what the server logs (masked errors included). */
export const silentLogger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

const WIPE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'cypher', 'wipe-data.cypher'), 'utf8');

/** A migrated, empty graph on the tests' Neo4j. Call `close()` in afterAll. */
export async function openTestGraph(): Promise<Graph & { close(): Promise<void> }> {
  const target = testNeo4jTarget();
  const graph = new Graph(createDriver(target), CypherRegistry.load(), target.database);
  await migrate(graph, silentLogger);
  await wipeGraph(graph);
  return Object.assign(graph, { close: () => graph.driver.close() });
}

/** Deletes every node but the migration records, so each suite starts from nothing. */
export async function wipeGraph(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run(WIPE);
  } finally {
    await session.close();
  }
}

/** The single number a test's counting query returns ("MATCH (p:Person) RETURN count(p)"). */
export async function countOf(graph: Graph, cypher: string): Promise<number> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return (await session.run(cypher)).records[0]?.get(0) as number;
  } finally {
    await session.close();
  }
}
