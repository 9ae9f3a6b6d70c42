import fs from 'node:fs';
import path from 'node:path';
import { CypherRegistry } from '../../../src/db/cypher-registry';
import { createDriver } from '../../../src/db/driver';
import { startEmbedded, stopEmbedded } from '../../../src/db/embedded-neo4j';
import { Graph } from '../../../src/db/graph';
import { migrate } from '../../../src/db/migrations';
import { extractArticle } from '../../../src/extraction/pipeline';
import { ExtractionPool } from '../../../src/ingest/extraction-pool';
import { Role } from '../../../src/model/enums';
import { censusDifferences, takeCensus } from '../../../src/reliability/graph-census';
import { askWhileDown, FAIL_WITHIN_MS, waitForRecovery } from '../../../src/reliability/outage-checks';
import { createServices } from '../../../src/services/services';
import type { BatchOutcome } from '../../../src/services/ingest.service';
import { silentLogger } from '../../helpers/graph';
import { startTestServer, type TestServer } from '../../helpers/server';
import { testEmbeddedSettings } from '../../helpers/test-settings';
import { operatorActor } from '../../../src/cli/operator';

/**
 * The short version of `npm run faults`: one kill -9 of Neo4j in the middle of a batch ingest of a
 * few PolNeAR dev articles, on the tests' second embedded instance (killing the shared one would
 * take the other suites with it). Only meaningful where the embedded Neo4j is used.
 */
const describeEmbedded = process.env.NEO4J_URI ? describe.skip : describe;
const DEV = path.join(__dirname, '..', '..', '..', '..', 'shared', 'datasets', 'polnear', 'dev', 'text');

describeEmbedded('a database killed in the middle of a batch ingest', () => {
  const settings = testEmbeddedSettings(Number(process.env.TEST_NEO4J_SECOND_PORT ?? 7689));
  const articles = fs
    .readdirSync(DEV)
    .sort()
    .slice(0, 6)
    .map((name) => ({ text: fs.readFileSync(path.join(DEV, name), 'utf8') }));
  let pid: number;
  let graph: Graph;
  let server: TestServer;
  let key: string;
  const services = () => createServices(graph, { maxArticleBytes: 2_000_000, extract: extractArticle });
  const ingest = async (onResult: (i: number, result: BatchOutcome) => void = () => undefined) => {
    const pool = new ExtractionPool(0);
    try {
      return await services().ingest.ingestMany(articles, null, { pool, batch: 2, concurrency: 1, onResult });
    } finally {
      await pool.close();
    }
  };

  beforeAll(async () => {
    ({ pid } = await startEmbedded(settings));
    const uri = `bolt://127.0.0.1:${settings.port}`;
    graph = new Graph(createDriver({ uri, user: 'neo4j', password: settings.password, embedded: true }), CypherRegistry.load());
    await migrate(graph, silentLogger);
    await graph.write('reliability/wipe-scratch-graph');
    server = await startTestServer(graph, uri);
    ({ key } = await services().apiKeys.create('fault-test', Role.EDITOR, operatorActor()));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await graph?.driver.close();
    await stopEmbedded(settings);
  });

  it('fails fast while down, recovers by itself, and a re-run leaves every article exactly once and whole', async () => {
    // The clean run, for reference; then the same graph emptied (the API key kept out of the comparison).
    await ingest();
    const clean = await takeCensus(graph);
    await graph.write('reliability/wipe-scratch-graph');
    ({ key } = await services().apiKeys.create('fault-test', Role.EDITOR, operatorActor()));

    // kill -9 once the first transaction (two articles) has committed.
    const stored: number[] = [];
    const interrupted = await ingest((i, result) => {
      if (result.ok) stored.push(i);
      if (stored.length === 2 && result.ok) process.kill(pid, 'SIGKILL');
    });
    expect(stored).toEqual([0, 1]);
    expect(interrupted.stoppedBy?.extensions.code).toBe('UNAVAILABLE');
    expect(interrupted.notAttempted).toBe(2);

    const down = await askWhileDown(server.url, key);
    expect(down.map((d) => [d.what, d.code, d.ms < FAIL_WITHIN_MS])).toEqual([
      ['read', 'UNAVAILABLE', true],
      ['keyed write', 'UNAVAILABLE', true],
      ['/readyz', '503', true],
    ]);

    ({ pid } = await startEmbedded(settings));
    await waitForRecovery(server.url);

    const outcomes: boolean[] = [];
    const rerun = await ingest((_i, result) => outcomes.push(result.ok && result.outcome.created));
    expect(rerun.stoppedBy).toBeUndefined();
    expect(outcomes.filter((created) => !created)).toHaveLength(2);
    expect(censusDifferences(clean, await takeCensus(graph))).toEqual([]);
  }, 180_000);
});
