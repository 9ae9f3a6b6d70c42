import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testNeo4jTarget } from '../../helpers/test-settings';

/**
 * The compiled server and CLIs as `npm start` and the Docker image run them: built with
 * tsconfig.build.json into dist/, started with `node`, against the tests' Neo4j (NEO4J_URI, as
 * the image does). HTTP on TEST_HTTP_PORT (8731 by default).
 */
const ROOT = path.join(__dirname, '..', '..', '..');
const PORT = Number(process.env.TEST_HTTP_PORT ?? 8731);

/** The environment a deployment would give: the tests' Neo4j, no NODE_ENV (jest sets "test"), no PORT. */
function deploymentEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const target = testNeo4jTarget();
  const { NODE_ENV: _node, PORT: _port, LOG_LEVEL: _log, ...rest } = process.env;
  return { ...rest, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, ...extra };
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

describe('the compiled server and CLIs', () => {
  let workDir: string;
  let first: ChildProcess | undefined;
  let firstOutput = '';

  beforeAll(() => {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(build.stdout + build.stderr).toBe('');
    // A folder of the server's own, as a deployment has: its .env sets the port and a log level
    // the real environment overrides.
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-compiled-'));
    fs.writeFileSync(path.join(workDir, '.env'), `# as .env.example suggests\nPORT=${PORT}\nHOST=127.0.0.1\nLOG_LEVEL=silent\n`);
  }, 240_000);

  afterAll(async () => {
    if (first && first.exitCode === null) {
      first.kill('SIGTERM');
      await waitForExit(first, 20_000).catch(() => first?.kill('SIGKILL'));
    }
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('reads .env from the folder it starts in, the real environment winning, and runs as production', async () => {
    first = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'main.js')], { cwd: workDir, env: deploymentEnv({ LOG_LEVEL: 'info' }) });
    first.stdout?.on('data', (chunk: Buffer) => (firstOutput += chunk.toString()));
    first.stderr?.on('data', (chunk: Buffer) => (firstOutput += chunk.toString()));

    // PORT came from .env; LOG_LEVEL=info from the environment beat the file's "silent".
    await waitForHealth(`http://127.0.0.1:${PORT}`, 60_000);
    expect(firstOutput).toContain(`GraphQL at http://127.0.0.1:${PORT}/graphql`);

    // No NODE_ENV anywhere: production, so introspection is refused.
    const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/introspection is not allowed/i);
  }, 90_000);

  it('says in one line, naming PORT, that the port is in use, and exits 1', async () => {
    const second = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'main.js')], { cwd: workDir, env: deploymentEnv() });
    let stderr = '';
    second.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    second.stdout?.resume();

    expect(await waitForExit(second, 60_000)).toBe(1);
    expect(stderr).toBe(`PORT ${PORT} is already in use on 127.0.0.1: stop what listens there, or set PORT to a free port.\n`);
  }, 90_000);

  it('creates the first admin key with `npm run keys` from what the Docker image holds (dist/, no src/)', () => {
    // The image's contents, as the Dockerfile copies them.
    const image = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-image-'));
    try {
      for (const item of ['package.json', 'dist', 'cypher']) fs.cpSync(path.join(ROOT, item), path.join(image, item), { recursive: true });
      fs.mkdirSync(path.join(image, 'scripts'));
      fs.copyFileSync(path.join(ROOT, 'scripts', 'run-compiled.cjs'), path.join(image, 'scripts', 'run-compiled.cjs'));
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(image, 'node_modules'), 'dir');
      const npm = (args: string[]) => spawnSync('npm', ['run', '--silent', 'keys', '--', ...args], { cwd: image, encoding: 'utf8', env: deploymentEnv(), timeout: 60_000 });

      const created = npm(['create', '--role', 'ADMIN', '--name', 'first-admin']);
      expect(created.stderr).toMatch(/Created ADMIN key "first-admin"/);
      expect(created.status).toBe(0);
      const key = created.stdout.trim().split('\n').at(-1) ?? '';
      expect(key.length).toBeGreaterThan(20);
      expect(fs.existsSync(path.join(image, 'src'))).toBe(false);

      const listed = npm(['list']);
      expect(listed.stdout).toMatch(/\tADMIN\tfirst-admin\t/);
    } finally {
      fs.rmSync(image, { recursive: true, force: true });
    }
  }, 120_000);
});
