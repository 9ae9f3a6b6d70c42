import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';

/** The API server as `npm start` runs it (compiled), in a process of its own that a harness drives. */
export interface ApiProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** The last lines it wrote, for an error message. */
  output(): string;
  /** Its heap (after a full GC) and RSS now, in bytes. */
  memory(): Promise<MemorySample>;
  /** Resolves with its exit code once it has exited. */
  exited: Promise<number | null>;
}

export interface MemorySample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  afterGc: boolean;
}

export interface ApiLaunch {
  port: number;
  neo4jUri: string;
  neo4jPassword: string;
  /** Extra settings for the server (NODE_ENV, limits …). */
  env?: Record<string, string>;
}

const MAIN = path.join(PROJECT_ROOT, 'dist', 'src', 'main.js');
const PROBE = path.join(PROJECT_ROOT, 'dist', 'src', 'reliability', 'memory-probe.js');

/**
 * Starts dist/src/main.js against an external Neo4j (NEO4J_URI), so killing or restarting the
 * database is the harness's business, never the server's. The memory probe is preloaded.
 */
export function startApi(launch: ApiLaunch): ApiProcess {
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    READ_ACCESS: 'open',
    // The harnesses send thousands of requests a minute from one address to measure the server,
    // not the rate limiter (which has its own tests): its budgets would answer most of them 429.
    RATE_LIMIT_READS: '0',
    RATE_LIMIT_WRITES: '0',
    ...launch.env,
    PORT: String(launch.port),
    NEO4J_URI: launch.neo4jUri,
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: launch.neo4jPassword,
    NEO4J_DATABASE: '',
  };
  const child = spawn(process.execPath, ['--expose-gc', '-r', PROBE, MAIN], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  if (child.pid === undefined) throw new Error('could not start the API server');
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url: `http://127.0.0.1:${launch.port}`,
    pid: child.pid,
    child,
    output: () => tail,
    exited,
    memory: () =>
      new Promise<MemorySample>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the server did not report its memory within 10 s')), 10_000);
        const onMessage = (message: unknown) => {
          const memory = (message as { memory?: MemorySample }).memory;
          if (!memory) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(memory);
        };
        child.on('message', onMessage);
        child.send('memory');
      }),
  };
}

/** Waits until /readyz answers 200: Neo4j reachable and migrated. */
export async function waitUntilReady(api: ApiProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) throw new Error(`The API server exited (${api.child.exitCode}):\n${api.output()}`);
    try {
      if ((await fetch(`${api.url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API server was not ready at ${api.url} within ${timeoutMs / 1000} s:\n${api.output()}`);
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (null when it had to be killed). */
export async function stopApi(api: ApiProcess, graceMs = 20_000): Promise<number | null> {
  if (api.child.exitCode !== null) return api.child.exitCode;
  api.child.kill('SIGTERM');
  const timer = setTimeout(() => api.child.kill('SIGKILL'), graceMs);
  const code = await api.exited;
  clearTimeout(timer);
  return code;
}
