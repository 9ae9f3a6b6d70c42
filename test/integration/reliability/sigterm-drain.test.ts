import { execFileSync, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { Role } from '../../../src/model/enums';
import { drainCheck } from '../../../src/reliability/drain-check';
import { ApiKeyService } from '../../../src/services/api-key.service';
import { useTestGraph } from '../../helpers/graph';
import { testNeo4jTarget } from '../../helpers/test-settings';
import { operatorActor } from '../../../src/cli/operator';

const ROOT = path.join(__dirname, '..', '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real main job, compiled as `npm start` runs it (tsx emits no decorator metadata, which
 * type-graphql needs), sent SIGTERM with requests in flight.
 */
describe('SIGTERM under load', () => {
  const { graph } = useTestGraph({ wipe: 'once' });
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'ignore' });
  }, 180_000);

  it('answers every request that had started, then exits 0', async () => {
    const { key } = await new ApiKeyService(graph()).create('drain-test', Role.EDITOR, operatorActor('test'));
    const target = testNeo4jTarget();
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'main.js')], {
      env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: String(port), NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = `http://127.0.0.1:${port}`;
    for (let ready = false; !ready; ) {
      if (child.exitCode !== null) throw new Error(`the server exited: ${stderr}`);
      ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const result = await drainCheck({ url, pid: child.pid as number, exited }, key, 20);

    expect(result.failures).toEqual([]);
    expect(result.complete).toBe(20);
    expect(result.exitCode).toBe(0);
  }, 120_000);
});
