import type { Config } from '../config/config';
import { CypherRegistry } from '../db/cypher-registry';
import { createDriver } from '../db/driver';
import { startEmbedded, stopEmbedded } from '../db/embedded-neo4j';
import { Graph } from '../db/graph';
import { migrate } from '../db/migrations';
import { createLogger } from '../logger';

/**
 * The graph for a command-line tool: the configured server, or the embedded Neo4j (started
 * for the command and stopped after it if it was not already running), migrated. `neo4jPid` is
 * the embedded Neo4j's process, whoever started it.
 */
export async function openGraphForCli(config: Config, log: (line: string) => void): Promise<{ graph: Graph; neo4jPid?: number; close(): Promise<void> }> {
  let startedPid: number | undefined;
  let neo4jPid: number | undefined;
  if (config.neo4j.embedded) {
    const { started, pid } = await startEmbedded(config.embedded, log);
    neo4jPid = pid;
    if (started) startedPid = pid;
  }
  const graph = new Graph(createDriver(config.neo4j), CypherRegistry.load(), config.neo4j.database, config.neo4j.driver?.unreachableCheckMs);
  await migrate(graph, createLogger('silent'));
  return {
    graph,
    neo4jPid,
    async close() {
      await graph.driver.close();
      if (startedPid !== undefined) await stopEmbedded(config.embedded, startedPid);
    },
  };
}
