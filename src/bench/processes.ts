import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import type { ServerName } from './questions';

export interface ServerProcess {
  name: ServerName;
  url: string;
  child: ChildProcess;
  /** The last lines it wrote, for the error when it dies. */
  output(): string;
}

export interface ServerLaunch {
  neo4jUri: string;
  neo4jPassword: string;
  /** The folder holding ours' build (dist/src/main.js): this checkout, or another revision's. */
  oursDir: string;
}

/**
 * Starts one benchmark server in its own process: ours exactly as `npm start` runs it (the
 * built dist/src/main.js, pointed at the benchmark's Neo4j), the floor, the stack and the peer
 * through tsx.
 */
export function startServer(name: ServerName, port: number, launch: ServerLaunch): ServerProcess {
  const env = {
    ...process.env,
    NEO4J_URI: launch.neo4jUri,
    NEO4J_PASSWORD: launch.neo4jPassword,
    NEO4J_DATABASE: '',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    BENCH_PORT: String(port),
    READ_ACCESS: 'open',
    // The load comes from one address at far more than a client's budget: it measures the read
    // path, not the rate limiter.
    RATE_LIMIT_READS: '0',
    RATE_LIMIT_WRITES: '0',
  };
  const [command, args] =
    name === 'ours'
      ? [process.execPath, [path.join(launch.oursDir, 'dist', 'src', 'main.js')]]
      : [path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), [path.join(PROJECT_ROOT, 'src', 'bench', 'server-main.ts'), name]];
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, url: `http://127.0.0.1:${port}`, child, output: () => tail };
}

/** Waits until the server's /readyz answers 200 (ours: Neo4j reachable and migrated). */
export async function waitReady(server: ServerProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`The ${server.name} server exited (${server.child.exitCode}):\n${server.output()}`);
    try {
      const response = await fetch(`${server.url}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The ${server.name} server was not ready at ${server.url} within ${timeoutMs / 1000} s:\n${server.output()}`);
}

export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
