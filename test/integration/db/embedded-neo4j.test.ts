import net from 'node:net';
import { CypherRegistry } from '../../../src/db/cypher-registry';
import { createDriver } from '../../../src/db/driver';
import { embeddedStatus, startEmbedded, stopEmbedded } from '../../../src/db/embedded-neo4j';
import { Graph } from '../../../src/db/graph';
import { migrate } from '../../../src/db/migrations';
import { silentLogger } from '../../helpers/graph';
import { startTestServer } from '../../helpers/server';
import { testEmbeddedSettings } from '../../helpers/test-settings';

/**
 * A second embedded instance beside the tests' own one proves that two run side by side on
 * their own ports, and lets us kill the database under a running server. Only meaningful
 * where the embedded Neo4j is used.
 */
const describeEmbedded = process.env.NEO4J_URI ? describe.skip : describe;

describeEmbedded('the embedded Neo4j', () => {
  const settings = testEmbeddedSettings(Number(process.env.TEST_NEO4J_SECOND_PORT ?? 7689));
  afterAll(() => stopEmbedded(settings));

  it('survives being killed under a running server: /readyz goes 503, then 200 after a restart', async () => {
    const first = await startEmbedded(settings);
    const uri = first.uri;
    const graph = new Graph(createDriver({ uri, user: 'neo4j', password: settings.password, embedded: true }), CypherRegistry.load());
    await migrate(graph, silentLogger);
    const server = await startTestServer(graph, uri);
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

      process.kill(first.pid, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const down = await fetch(`${server.url}/readyz`);
      expect(down.status).toBe(503);
      expect(((await down.json()) as { reason: string }).reason).toContain(`Neo4j is unreachable at ${uri}`);

      const second = await startEmbedded(settings);
      expect(second.started).toBe(true);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    } finally {
      await server.close();
      await graph.driver.close();
    }
  }, 180_000);

  it('refuses a port that another process already listens on, instead of sharing its database', async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const port = (squatter.address() as net.AddressInfo).port;
    try {
      await expect(startEmbedded(testEmbeddedSettings(port))).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use by another process`);
    } finally {
      squatter.close();
    }
  });

  it('reports its status and reuses a running instance instead of starting another', async () => {
    const status = await embeddedStatus(settings);
    expect(status).toMatchObject({ running: true, boltAnswers: true, installed: true });
    const again = await startEmbedded(settings);
    expect(again).toMatchObject({ started: false, pid: status.pid });
  });
});
