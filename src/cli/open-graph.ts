import type { Config } from '../config/config';
import { CypherRegistry } from '../db/cypher-registry';
import { createDriver } from '../db/driver';
import { startEmbedded, stopEmbedded } from '../db/embedded-neo4j';
import { Graph } from '../db/graph';
import { migrate } from '../db/migrations';
import { createLogger } from '../logger';

/**
 * The graph for a command-line tool: the configured server, or the embedded Neo4j (started
 * for the command and stopped after it if it was not already running), migrated.
 */
export async function openGraphForCli(config: Config, log: (line: string) => void): Promise<{ graph: Graph; close(): Promise<void> }> {
  let startedPid: number | undefined;
  if (config.neo4j.embedded) {
    const { started, pid } = await startEmbedded(config.embedded, log);
    if (started) startedPid = pid;
  }
  const graph = new Graph(createDriver(config.neo4j), CypherRegistry.load(), config.neo4j.database, config.neo4j.driver?.unreachableCheckMs);
  await migrate(graph, createLogger('silent'));
  return {
    graph,
    async close() {
      await graph.driver.close();
      if (startedPid !== undefined) await stopEmbedded(config.embedded, startedPid);
    },
  };
}
