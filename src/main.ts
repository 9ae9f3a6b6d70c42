import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { readEnvFile } from './config/env-file';
import { CypherRegistry } from './db/cypher-registry';
import { createDriver } from './db/driver';
import { EmbeddedNeo4jError, startEmbedded, stopEmbedded } from './db/embedded-neo4j';
import { Graph } from './db/graph';
import { Migrator } from './db/migrator';
import { extractArticle } from './extraction/pipeline';
import { createLogger } from './logger';
import { createApp } from './server/app';
import { listen, PortInUseError } from './server/listen';
import { settleBeforeDrain } from './server/shutdown';

/**
 * The main job: make sure a Neo4j is there (starting the embedded one unless NEO4J_URI
 * names a server), keep it migrated, and serve GraphQL until SIGTERM.
 */
async function main(): Promise<void> {
  readEnvFile();
  // The server is what faces clients: unless told otherwise it runs as in production (no stack
  // traces, no introspection). Tests and CLIs keep the config's development default.
  process.env.NODE_ENV ||= 'production';
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  let ownNeo4jPid: number | undefined;
  if (config.neo4j.embedded) {
    const { started, pid } = await startEmbedded(config.embedded, (line) => logger.info(line));
    if (started) ownNeo4jPid = pid;
  }

  const driver = createDriver(config.neo4j);
  const graph = new Graph(driver, CypherRegistry.load(), config.neo4j.database, config.neo4j.driver?.unreachableCheckMs);
  const migrator = new Migrator(graph, logger);
  migrator.ensure();

  let stopping = false;
  const { httpServer, apollo } = await createApp({ config, graph, migrator, logger, extract: extractArticle, isStopping: () => stopping });
  try {
    await listen(httpServer, config.port, config.host);
  } catch (error) {
    // Leave nothing behind: the migrator's retries, the driver, and a Neo4j we started.
    migrator.stop();
    await driver.close();
    if (ownNeo4jPid !== undefined) await stopEmbedded(config.embedded, ownNeo4jPid);
    throw error;
  }
  logger.info(`GraphQL at http://${config.host}:${config.port}/graphql (Neo4j ${config.neo4j.uri})`);

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await settleBeforeDrain(config.shutdownDelayMs, config.shutdownGraceMs);
    migrator.stop();
    await apollo.stop(); // closes live connections and the event bus, drains open requests, closes the HTTP server
    await driver.close();
    // An embedded Neo4j that was already running (npm run db:start) is left for its owner.
    if (ownNeo4jPid !== undefined) await stopEmbedded(config.embedded, ownNeo4jPid);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // Configuration and installation problems are the user's to fix: print the message, not a stack.
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError || error instanceof PortInUseError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`claimgraph failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
