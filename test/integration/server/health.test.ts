import { CypherRegistry } from '../../../src/db/cypher-registry';
import { createDriver } from '../../../src/db/driver';
import { Graph } from '../../../src/db/graph';
import { openTestGraph } from '../../helpers/graph';
import { startTestServer, type TestServer } from '../../helpers/server';

describe('health endpoints over HTTP', () => {
  let graph: Awaited<ReturnType<typeof openTestGraph>>;
  let server: TestServer;
  beforeAll(async () => {
    graph = await openTestGraph();
    server = await startTestServer(graph);
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('GET /healthz answers 200 while the process lives', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 when Neo4j answers and every migration is applied', async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ready: true, neo4j: 'reachable', migrations: 'applied' });
  });

  it('GET /readyz answers 503 with the reason when Neo4j is unreachable', async () => {
    const nowhere = 'bolt://127.0.0.1:9';
    const deadGraph = new Graph(createDriver({ uri: nowhere, user: 'neo4j', password: 'x', embedded: false }), CypherRegistry.load());
    const deadServer = await startTestServer(deadGraph, nowhere);
    try {
      const response = await fetch(`${deadServer.url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        ready: false,
        neo4j: 'unreachable',
        reason: expect.stringContaining(`Neo4j is unreachable at ${nowhere}`),
      });
    } finally {
      await deadServer.close();
      await deadGraph.driver.close();
    }
  });

  it('serves GraphQL at /graphql', async () => {
    const { status, body } = await server.graphql('{ version }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('answers a malformed query with a typed error and no stack trace', async () => {
    const { status, body } = await server.graphql('{ version(');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });
});
