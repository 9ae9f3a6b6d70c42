import Redis from 'ioredis';
import { useTestGraph } from '../../helpers/graph';
import { createTestKeys, type TestKeys } from '../../helpers/keys';
import { liveClient, subscriptionSettled } from '../../helpers/live-client';
import { startTestRedis, type TestRedis } from '../../helpers/redis-server';
import { startTestServer, type TestServer } from '../../helpers/server';

const READ = '{ claims(first: 1) { totalCount } }';
// A write that the graph refuses (no such actor) still spends the write budget: it reached the resolver.
const WRITE = 'mutation { addAlias(actorId: "no-such-actor", alias: "x") { id } }';

describe('rate limits', () => {
  const { graph } = useTestGraph({ wipe: 'once' });
  let keys: TestKeys;
  const servers: TestServer[] = [];

  const serve = async (env: Record<string, string>) => {
    const server = await startTestServer(graph(), 'bolt://test', env);
    servers.push(server);
    return server;
  };
  /** Sends `count` requests one after another and returns their HTTP statuses. */
  const statuses = async (server: TestServer, query: string, count: number, headers: Record<string, string> = {}) => {
    const seen: number[] = [];
    for (let i = 0; i < count; i++) seen.push((await server.graphql(query, undefined, headers)).status);
    return seen;
  };

  beforeAll(async () => {
    keys = await createTestKeys(graph());
  });
  afterEach(async () => {
    while (servers.length) await (servers.pop() as TestServer).close();
  });

  describe('in memory (no REDIS_URL)', () => {
    it('serves an anonymous client RATE_LIMIT_READS reads per window, then answers 429 with Retry-After', async () => {
      const server = await serve({ RATE_LIMIT_READS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' });
      expect(await statuses(server, READ, 5)).toEqual([200, 200, 200, 200, 200]);

      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: READ }),
      });
      expect(response.status).toBe(429);
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const body = (await response.json()) as { data?: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        {
          message: `Too many requests: an anonymous client (per IP address; per /64 for IPv6) may make 5 reads per 60 s; try again in ${retryAfter} s`,
          extensions: { code: 'RATE_LIMITED', retryAfter },
        },
      ]);
    });

    it('gives writes their own, smaller budget: a key out of writes may still read', async () => {
      const server = await serve({ RATE_LIMIT_READS: '10', RATE_LIMIT_WRITES: '2' });
      const writes = await Promise.all([1, 2, 3].map(() => server.graphql(WRITE, undefined, keys.editor)));
      expect(writes.map((w) => w.status).sort()).toEqual([200, 200, 429]);
      const refused = writes.find((w) => w.status === 429);
      expect(refused?.body.errors?.[0]?.message).toMatch(/^Too many requests: this API key may make 2 writes per 60 s; try again in \d+ s$/);
      expect(await statuses(server, READ, 3, keys.editor)).toEqual([200, 200, 200]);
    });

    it('counts a keyed request against its key, and an anonymous one against its IP address', async () => {
      const server = await serve({ RATE_LIMIT_READS: '2' });
      expect(await statuses(server, READ, 3)).toEqual([200, 200, 429]);
      expect(await statuses(server, READ, 3, keys.factChecker)).toEqual([200, 200, 429]);
      // Another key from the same address has its own budget.
      expect(await statuses(server, READ, 2, keys.admin)).toEqual([200, 200]);
    });

    it('never limits /healthz, /readyz or /metrics: probes and scrapers must see a flooded server', async () => {
      const server = await serve({ RATE_LIMIT_READS: '1' });
      expect(await statuses(server, READ, 2)).toEqual([200, 429]);
      for (const route of ['/healthz', '/readyz', '/metrics', '/healthz', '/metrics']) {
        expect((await fetch(`${server.url}${route}`)).status).toBe(200);
      }
    });

    it('serves the client again once Retry-After has passed', async () => {
      const server = await serve({ RATE_LIMIT_READS: '1', RATE_LIMIT_WINDOW_SECONDS: '1' });
      const [, refused] = [await server.graphql(READ), await server.graphql(READ)];
      expect(refused?.status).toBe(429);
      expect(refused?.body.errors?.[0]?.extensions?.retryAfter).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await server.graphql(READ)).status).toBe(200);
    });

    it('charges the ClaimReview route to the anonymous read budget, answering 429 in its own error shape', async () => {
      const server = await serve({ RATE_LIMIT_READS: '2' });
      const review = () => fetch(`${server.url}/claims/no-such-claim/claimreview.jsonld`);
      expect((await review()).status).toBe(404);
      expect((await server.graphql(READ)).status).toBe(200);
      const refused = await review();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await refused.json()).toEqual({ error: { code: 'RATE_LIMITED', message: expect.stringMatching(/^Too many requests: an anonymous client/) } });
    });

    it('charges each subscription started to the same read budget, refusing the one past it with RATE_LIMITED', async () => {
      const server = await serve({ RATE_LIMIT_READS: '2' });
      const live = liveClient(server.url);
      try {
        const SUBSCRIBE = 'subscription { rebuttalAdded { id } }';
        const first = live.subscribe(SUBSCRIBE);
        expect((await server.graphql(READ)).status).toBe(200);
        await subscriptionSettled();
        expect(first.error()).toBeUndefined();
        const refused = live.subscribe(SUBSCRIBE);
        await expect(refused.waitFor(1, 2000)).rejects.toBeDefined();
        expect(refused.error()).toEqual([
          expect.objectContaining({ message: expect.stringMatching(/^Too many requests: an anonymous client/), extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) } }),
        ]);
      } finally {
        await live.dispose();
      }
    });

    it('ignores X-Forwarded-For unless TRUST_PROXY says a proxy sets it: a client cannot dodge its limit', async () => {
      const direct = await serve({ RATE_LIMIT_READS: '1' });
      expect((await direct.graphql(READ, undefined, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
      expect((await direct.graphql(READ, undefined, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(429);

      const proxied = await serve({ RATE_LIMIT_READS: '1', TRUST_PROXY: 'loopback' });
      expect((await proxied.graphql(READ, undefined, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
      expect((await proxied.graphql(READ, undefined, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
      expect((await proxied.graphql(READ, undefined, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
    });

    it('turns a budget off with 0', async () => {
      const server = await serve({ RATE_LIMIT_READS: '0', RATE_LIMIT_WRITES: '1' });
      expect(new Set(await statuses(server, READ, 20))).toEqual(new Set([200]));
      expect(await statuses(server, WRITE, 2, keys.editor)).toEqual([200, 429]);
    });

    it('counts each refusal in /metrics as claimgraph_rejected_requests_total{limit="rate"}', async () => {
      const server = await serve({ RATE_LIMIT_READS: '1' });
      const before = rejectedByRate(await (await fetch(`${server.url}/metrics`)).text());
      await statuses(server, READ, 4);
      expect(rejectedByRate(await (await fetch(`${server.url}/metrics`)).text())).toBe(before + 3);
    });
  });

  describe('in Redis (REDIS_URL): replicas share one budget', () => {
    let redis: TestRedis;
    let client: Redis;
    beforeAll(async () => {
      redis = await startTestRedis();
      client = new Redis(redis.url);
    });
    beforeEach(() => client.flushall());
    afterAll(async () => {
      client.disconnect();
      await redis.stop();
    });

    it('refuses the Nth+1 request to the second server after N were spread over both', async () => {
      const env = { REDIS_URL: redis.url, RATE_LIMIT_READS: '6', RATE_LIMIT_WRITES: '3' };
      const [first, second] = [await serve(env), await serve(env)] as [TestServer, TestServer];
      expect(await statuses(first, READ, 3)).toEqual([200, 200, 200]);
      expect(await statuses(second, READ, 4)).toEqual([200, 200, 200, 429]);
      expect(await statuses(first, READ, 1)).toEqual([429]);

      expect(await statuses(second, WRITE, 2, keys.editor)).toEqual([200, 200]);
      expect(await statuses(first, WRITE, 2, keys.editor)).toEqual([200, 429]);
      expect(await client.keys('claimgraph:rate:*')).toEqual(expect.arrayContaining([expect.stringMatching(/^claimgraph:rate:read:ip:/), expect.stringMatching(/^claimgraph:rate:write:key:/)]));
    });

    it('answers the Redis-backed 429 with Retry-After from the shared window', async () => {
      const env = { REDIS_URL: redis.url, RATE_LIMIT_READS: '1', RATE_LIMIT_WINDOW_SECONDS: '30' };
      const [first, second] = [await serve(env), await serve(env)] as [TestServer, TestServer];
      expect((await first.graphql(READ)).status).toBe(200);
      const response = await fetch(`${second.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: READ }),
      });
      expect(response.status).toBe(429);
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(29);
      expect(retryAfter).toBeLessThanOrEqual(30);
    });

    // Last: it stops the suite's Redis.
    it('keeps limiting each replica on its own while Redis is down, instead of failing requests', async () => {
      const server = await serve({ REDIS_URL: redis.url, RATE_LIMIT_READS: '2' });
      client.disconnect();
      await redis.stop();
      expect(await statuses(server, READ, 3)).toEqual([200, 200, 429]);
    });
  });
});

function rejectedByRate(metrics: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith('claimgraph_rejected_requests_total{limit="rate"}'));
  return line ? Number(line.split(' ')[1]) : 0;
}
