/**
 * Entry of a benchmark server child process: `floor`, `stack` or `peer`, listening on BENCH_PORT, against
 * the Neo4j that NEO4J_URI names. The load generator runs in another process, so the servers'
 * CPU is not shared with autocannon's in one event loop.
 */
import http from 'node:http';
import { loadConfig } from '../config/config';
import { CypherRegistry } from '../db/cypher-registry';
import { createDriver } from '../db/driver';
import { Graph } from '../db/graph';
import { createFloorApp } from './floor-server';
import { createPeerApp } from './peer-server';
import { createStackApp } from './stack-server';

async function main(): Promise<void> {
  const which = process.argv[2];
  const port = Number(process.env.BENCH_PORT);
  if (which !== 'floor' && which !== 'stack' && which !== 'peer') throw new Error(`usage: server-main floor|stack|peer (got ${which})`);
  if (!Number.isInteger(port) || port <= 0) throw new Error('BENCH_PORT must be a port number');
  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  const graph = new Graph(driver, CypherRegistry.load(), config.neo4j.database);
  const app =
    which === 'floor' ? createFloorApp(graph)
    : which === 'stack' ? (await createStackApp(graph)).app
    : (await createPeerApp(driver, config.neo4j.database)).app;
  app.get('/readyz', (_req, res) => { res.json({ ready: true }); });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  process.stdout.write(`${which} listening on ${port}\n`);
  const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
