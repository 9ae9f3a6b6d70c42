import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';

export interface TestRedis {
  url: string;
  /** Stops the server and removes its scratch directory. */
  stop(): Promise<void>;
}

/**
 * Starts a real `redis-server` (Debian's package, installed by .ci/run) on `port`, with no
 * persistence, in a scratch directory; resolves once it answers PING.
 */
export async function startTestRedis(port = Number(process.env.TEST_REDIS_PORT ?? 6390)): Promise<TestRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-redis-'));
  const server: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore' },
  );
  const exited = new Promise<never>((_, reject) => {
    server.once('error', (error) => reject(new Error(`redis-server did not start: ${error.message} (is Debian's redis-server installed?)`)));
    server.once('exit', (code) => reject(new Error(`redis-server exited with code ${code} (is port ${port} free?)`)));
  });
  const url = `redis://127.0.0.1:${port}`;
  await Promise.race([waitForPing(url), exited]);
  return {
    url,
    async stop() {
      if (server.exitCode === null) {
        const gone = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPing(url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`redis-server at ${url} did not answer within ${timeoutMs} ms: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      client.disconnect();
    }
  }
}
