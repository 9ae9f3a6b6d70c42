import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import Redis from 'ioredis';
import { GraphTopic } from '../../../src/events/graph-events';
import { openTestGraph } from '../../helpers/graph';
import { createTestKeys, type TestKeys } from '../../helpers/keys';
import { liveClient, type LiveClient } from '../../helpers/live-client';
import { startTestRedis, type TestRedis } from '../../helpers/redis-server';
import { testNeo4jTarget } from '../../helpers/test-settings';
import { BELARUS_THREAT, referenceCuratedInput } from '../../fixtures/reference-article';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes are asserted, not typed

const ROOT = path.join(__dirname, '..', '..', '..');

/** One API replica: `npm start`'s compiled server in its own process, on a free port. */
interface Replica {
  url: string;
  child: ChildProcess;
  output(): string;
  graphql(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<Json>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startReplica(redisUrl: string): Promise<Replica> {
  const target = testNeo4jTarget();
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), NEO4J_URI: target.uri, NEO4J_PASSWORD: target.password, NEO4J_DATABASE: target.database ?? '', REDIS_URL: redisUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the replica exited with ${child.exitCode}:\n${tail}`);
    if (Date.now() > deadline) throw new Error(`the replica was not ready within 90 s:\n${tail}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    child,
    output: () => tail,
    async graphql(query, variables, headers) {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as Json;
      expect(body.errors).toBeUndefined();
      return body.data;
    },
  };
}

/** SIGTERM, as an orchestrator stops a replica; resolves with its exit code. */
function stopReplica(replica: Replica): Promise<number | null> {
  if (replica.child.exitCode !== null) return Promise.resolve(replica.child.exitCode);
  const exited = new Promise<number | null>((resolve) => replica.child.once('exit', (code) => resolve(code)));
  replica.child.kill('SIGTERM');
  return exited;
}

/**
 * Two API replicas in two processes, sharing one Neo4j and one real redis-server: a dashboard
 * connected to the first hears of writes made through the second.
 */
describe('subscriptions across replicas, through Redis', () => {
  let redis: TestRedis;
  let probe: Redis;
  let graph: Awaited<ReturnType<typeof openTestGraph>>;
  let keys: TestKeys;
  let first: Replica;
  let second: Replica;
  let live: LiveClient;

  /** Waits until the first replica listens on each topic's Redis channel: then no write can come too early. */
  const listening = async (...topics: GraphTopic[]) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const counts = (await probe.call('PUBSUB', 'NUMSUB', ...topics)) as Array<string | number>;
      if (topics.every((_, i) => Number(counts[2 * i + 1]) >= 1)) return;
      if (Date.now() > deadline) throw new Error(`nobody subscribed to ${topics.join(', ')} on Redis: ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    // The replicas run the compiled server, as `npm start` does (incremental: quick when up to date).
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
    redis = await startTestRedis();
    probe = new Redis(redis.url);
    graph = await openTestGraph();
    keys = await createTestKeys(graph);
    [first, second] = await Promise.all([startReplica(redis.url), startReplica(redis.url)]);
    live = liveClient(first.url);
  }, 240_000);

  afterAll(async () => {
    await live?.dispose();
    for (const replica of [first, second]) if (replica) await stopReplica(replica);
    probe?.disconnect();
    await graph?.close();
    await redis?.stop();
  });

  it('delivers statements ingested through the other replica', async () => {
    const statements = live.subscribe('subscription { statementAdded(filter: {outlet: "unn"}) { quote speaker { name } } }');
    await listening(GraphTopic.STATEMENT_ADDED);
    const { ingestArticle } = await second.graphql('mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { statements } }', { input: referenceCuratedInput() }, keys.editor);
    const heard = await statements.waitFor(ingestArticle.statements);
    expect(heard).toHaveLength(ingestArticle.statements);
    expect(heard.map((r: Json) => r.data.statementAdded.speaker?.name)).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Andriy Kovalenko', 'Andriy Yusov']));
  });

  it('delivers rebuttals and COUNTERS links made through the other replica', async () => {
    const found = await second.graphql(`query { claims(search: "${BELARUS_THREAT}", first: 1) { edges { node { id } } } other: claims(search: "Putin will visit Belarus", first: 1) { edges { node { id } } } }`, {}, {});
    const threat = found.claims.edges[0].node.id;
    const other = found.other.edges[0].node.id;
    const rebuttals = live.subscribe('subscription($c: ID) { rebuttalAdded(claimId: $c) { verdict claim { text } } }', { c: threat });
    const countered = live.subscribe('subscription($c: ID) { claimCountered(claimId: $c) { from { id } to { text } by } }', { c: threat });
    await listening(GraphTopic.REBUTTAL_ADDED, GraphTopic.CLAIM_COUNTERED);

    await second.graphql('mutation($c: ID!) { addRebuttal(input: {claimId: $c, verdict: FALSE, summary: "The border is calm."}) { id } }', { c: threat }, keys.factChecker);
    await second.graphql('mutation($f: ID!, $t: ID!) { linkClaims(input: {fromClaimId: $f, toClaimId: $t, relation: COUNTERS}) { relation } }', { f: other, t: threat }, keys.factChecker);

    expect((await rebuttals.waitFor(1))[0].data.rebuttalAdded).toEqual({ verdict: 'FALSE', claim: { text: BELARUS_THREAT } });
    expect((await countered.waitFor(1))[0].data.claimCountered).toEqual({ from: { id: other }, to: { text: BELARUS_THREAT }, by: 'curator:fiona-factchecker' });
  });

  it('stops on SIGTERM: closes its live connections ("going away"), Redis and the driver, and exits 0', async () => {
    expect(await stopReplica(first)).toBe(0);
    expect((await live.closed()).code).toBe(1001);
  });
});
