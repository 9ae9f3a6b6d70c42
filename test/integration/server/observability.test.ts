import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../../../src/config/config';
import { Migrator } from '../../../src/db/migrator';
import { extractArticle } from '../../../src/extraction/pipeline';
import { createApp, type RunningApp } from '../../../src/server/app';
import { CypherRegistry } from '../../../src/db/cypher-registry';
import { createDriver } from '../../../src/db/driver';
import { Graph } from '../../../src/db/graph';
import { openTestGraph, silentLogger } from '../../helpers/graph';
import { testNeo4jTarget } from '../../helpers/test-settings';
import { createTestKeys, type TestKeys } from '../../helpers/keys';

/** The app over HTTP with its log lines captured, as JSON objects. */
async function startLoggedServer(graph: Graph, env: Record<string, string> = {}) {
  const lines: Array<Record<string, any>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const config = { ...loadConfig({ NODE_ENV: 'test', RATE_LIMIT_READS: '0', RATE_LIMIT_WRITES: '0', ...env }), port: 0 };
  const migrator = new Migrator(graph, silentLogger);
  const running: RunningApp = await createApp({ config, graph, migrator, logger, extract: extractArticle });
  await new Promise<void>((resolve) => running.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(running.httpServer.address() as AddressInfo).port}`;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  /** The request lines (request-log.ts'), after the response has been read. */
  const requestLines = () => lines.filter((line) => 'requestId' in line);
  return { url, post, requestLines, close: () => running.apollo.stop() };
}

type LoggedServer = Awaited<ReturnType<typeof startLoggedServer>>;

describe('observability', () => {
  let graph: Awaited<ReturnType<typeof openTestGraph>>;
  let keys: TestKeys;
  let server: LoggedServer;
  beforeAll(async () => {
    graph = await openTestGraph();
    keys = await createTestKeys(graph);
    server = await startLoggedServer(graph);
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  /** The single log line a request produced (request-log.ts writes it once the response is finished). */
  const lineOf = async (response: Response) => {
    await response.text();
    const id = response.headers.get('x-request-id');
    // The server writes the line when its response is finished, which may be just after the client read it.
    const linesOf = () => server.requestLines().filter((line) => line.requestId === id);
    for (let waited = 0; linesOf().length === 0 && waited < 1000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    const found = linesOf();
    expect(found).toHaveLength(1);
    return found[0] as Record<string, any>;
  };

  describe('the request log', () => {
    it('writes one line per request: id, method, path, status, duration, operation and outcome', async () => {
      const response = await server.post({ query: 'query ClaimCount { claims { totalCount } }' });
      const line = await lineOf(response);
      expect(line).toMatchObject({
        level: 30,
        req: { method: 'POST', path: '/graphql' },
        res: { status: 200 },
        operation: 'ClaimCount',
        operationType: 'query',
        outcome: 'ok',
        msg: 'POST /graphql 200',
      });
      expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(typeof line.durationMs).toBe('number');
    });

    it('keeps a well-formed X-Request-Id from the client and answers with it', async () => {
      const response = await server.post({ query: '{ version }' }, { 'x-request-id': 'trace-0123456789abcdef' });
      expect(response.headers.get('x-request-id')).toBe('trace-0123456789abcdef');
      expect((await lineOf(response)).requestId).toBe('trace-0123456789abcdef');
    });

    it.each([
      ['too short', 'abc'],
      ['too long', 'x'.repeat(129)],
      ['with characters that could forge a log line', 'abc123456\\"} {"admin":true'],
    ])('replaces an X-Request-Id that is %s with a fresh UUID', async (_why, given) => {
      const response = await server.post({ query: '{ version }' }, { 'x-request-id': given });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      await lineOf(response);
    });

    it('gives the first error code as the outcome', async () => {
      const response = await server.post({ query: 'mutation Merge { mergeActors(sourceId: "a", targetId: "b") { id } }' }, keys.editor);
      expect(await lineOf(response)).toMatchObject({ operation: 'Merge', operationType: 'mutation', outcome: 'FORBIDDEN' });
    });

    it('logs a request refused before GraphQL ran by its HTTP status', async () => {
      const response = await server.post({ query: '{ version }' }, { authorization: 'Bearer cg_unknown' });
      expect(response.status).toBe(401);
      const line = await lineOf(response);
      expect(line.outcome).toBe('HTTP_401');
      expect(line.operation).toBeUndefined();
    });

    it('never logs headers or bodies: no API key, no query text', async () => {
      const secret = keys.admin.authorization as string;
      const response = await server.post({ query: 'query SecretSearch { whoSaid(text: "confidential-words") { statement { id } } }' }, keys.admin);
      const line = await lineOf(response);
      const written = JSON.stringify(line);
      expect(written).not.toContain(secret.slice('Bearer '.length));
      expect(written).not.toContain('confidential-words');
      expect(line.req).toEqual({ method: 'POST', path: '/graphql' });
    });

    it('answers GraphQL with no-store and no ETag (nothing may cache it, so nothing hashes it)', async () => {
      const response = await server.post({ query: '{ version }' });
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('etag')).toBeNull();
      expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(await response.text())));
    });

    it('logs other routes too, without a GraphQL operation', async () => {
      const line = await lineOf(await fetch(`${server.url}/healthz`));
      expect(line).toMatchObject({ req: { method: 'GET', path: '/healthz' }, res: { status: 200 }, outcome: 'ok' });
    });
  });

  describe('an error no route answered', () => {
    /** A server whose database is unreachable: every read the REST routes make fails. */
    let broken: LoggedServer;
    beforeAll(async () => {
      const unreachable = { ...testNeo4jTarget(), uri: 'bolt://127.0.0.1:9' };
      broken = await startLoggedServer(new Graph(createDriver(unreachable), CypherRegistry.load(), unreachable.database));
    });
    afterAll(() => broken.close());

    const claimReview = () => fetch(`${broken.url}/claims/some-claim/claimreview.jsonld`);

    it("is answered with its code and status in the route's own JSON shape, with no stack trace", async () => {
      const response = await claimReview();
      expect(response.status).toBe(503);
      const body = await response.text();
      expect(JSON.parse(body)).toEqual({ error: { code: 'UNAVAILABLE', message: expect.stringMatching(/database/i) } });
      expect(body).not.toMatch(/\bat .*:\d+:\d+/);
    });

    it("is logged as an error on the request's line, with the error itself", async () => {
      const response = await claimReview();
      await response.text();
      const id = response.headers.get('x-request-id');
      let line: Record<string, any> | undefined;
      for (let waited = 0; !line && waited < 1000; waited += 10) {
        line = broken.requestLines().find((candidate) => candidate.requestId === id);
        if (!line) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(line).toMatchObject({ level: 50, res: { status: 503 }, outcome: 'UNAVAILABLE' });
      expect(line?.err).toMatchObject({ message: expect.any(String), stack: expect.any(String) });
    });
  });

  describe('/metrics', () => {
    const scrape = async () => {
      const response = await fetch(`${server.url}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      return response.text();
    };
    /** The value of one series in a scrape, 0 when absent. */
    const value = (text: string, series: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      return line ? Number(line.slice(series.length + 1)) : 0;
    };

    it('counts requests and times them per operation name, type and outcome', async () => {
      const before = await scrape();
      await (await server.post({ query: 'query Dashboard { claims { totalCount } }' })).text();
      await (await server.post({ query: 'query Dashboard { claims { totalCount } }' })).text();
      await (await server.post({ query: 'mutation Alias { addAlias(actorId: "x", alias: "y") { id } }' })).text();
      const after = await scrape();
      const ok = 'claimgraph_graphql_requests_total{operation="Dashboard",type="query",outcome="ok"}';
      expect(value(after, ok) - value(before, ok)).toBe(2);
      const refused = 'claimgraph_graphql_requests_total{operation="Alias",type="mutation",outcome="UNAUTHENTICATED"}';
      expect(value(after, refused) - value(before, refused)).toBe(1);
      expect(value(after, 'claimgraph_graphql_request_duration_seconds_count{operation="Dashboard",type="query"}')).toBeGreaterThanOrEqual(2);
      expect(after).toContain('claimgraph_graphql_request_duration_seconds_bucket{le="0.005",operation="Dashboard",type="query"}');
    });

    it('collapses operation names: none is "anonymous", an unparsed request "unknown", past 100 names "other"', async () => {
      await (await server.post({ query: '{ version }' })).text();
      await (await server.post({ query: '{ version ' })).text();
      for (let i = 0; i < 110; i++) await (await server.post({ query: `query Op${i} { version }` })).text();
      const text = await scrape();
      expect(value(text, 'claimgraph_graphql_requests_total{operation="anonymous",type="query",outcome="ok"}')).toBeGreaterThanOrEqual(1);
      expect(value(text, 'claimgraph_graphql_requests_total{operation="unknown",type="unknown",outcome="GRAPHQL_PARSE_FAILED"}')).toBe(1);
      expect(value(text, 'claimgraph_graphql_requests_total{operation="other",type="query",outcome="ok"}')).toBeGreaterThanOrEqual(10);
      const names = new Set([...text.matchAll(/claimgraph_graphql_requests_total\{operation="([^"]+)"/g)].map((m) => m[1]));
      expect(names.size).toBeLessThanOrEqual(100 + 3);
    });

    it('counts ingested articles by status and the statements written', async () => {
      const before = await scrape();
      const ingest = 'mutation($t: String!) { ingestArticle(input: {text: $t}) { status statements } }';
      const text = 'date 2024-05-23 Peskov said the visit is on. Kovalenko said the reports are premature horror stories.';
      const first = (await (await server.post({ query: ingest, variables: { t: text } }, keys.editor)).json()) as any;
      await (await server.post({ query: ingest, variables: { t: text } }, keys.editor)).text();
      const after = await scrape();
      expect(first.data.ingestArticle.status).toBe('CREATED');
      const delta = (series: string) => value(after, series) - value(before, series);
      expect(delta('claimgraph_articles_ingested_total{status="CREATED"}')).toBe(1);
      expect(delta('claimgraph_articles_ingested_total{status="UNCHANGED"}')).toBe(1);
      expect(delta('claimgraph_statements_written_total')).toBe(first.data.ingestArticle.statements);
      expect(first.data.ingestArticle.statements).toBeGreaterThan(0);
    });

    it('shows the Neo4j sessions in use and the Cypher queries run, by name', async () => {
      const text = await scrape();
      expect(text).toMatch(/^claimgraph_neo4j_sessions_in_use\{mode="read"\} 0$/m);
      expect(value(text, 'claimgraph_neo4j_queries_total{query="api-keys/find-active-key-by-hash"}')).toBeGreaterThan(0);
      expect(text).toContain('claimgraph_process_resident_memory_bytes');
    });

    it('answers only a scraper with the token when METRICS_TOKEN is set', async () => {
      const guarded = await startLoggedServer(graph, { METRICS_TOKEN: 'scrape-token-0123456789' });
      try {
        expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
        expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer scrape-token-wrong' } })).status).toBe(401);
        const ok = await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer scrape-token-0123456789' } });
        expect(ok.status).toBe(200);
        expect(await ok.text()).toContain('claimgraph_rejected_requests_total');
      } finally {
        await guarded.close();
      }
    });
  });
});
