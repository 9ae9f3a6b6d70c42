import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { withHarnessServer, type HarnessServer } from '../../../src/cli/harness-server';
import { loadConfig, type Config } from '../../../src/config/config';
import { drainCheck } from '../../../src/reliability/drain-check';
import { ApiKeyService } from '../../../src/services/api-key.service';
import { useTestGraph } from '../../helpers/graph';
import { testEmbeddedSettings } from '../../helpers/test-settings';

const ROOT = path.join(__dirname, '..', '..', '..');
/** Beside the port of the other tests that start the compiled server (compiled-server.test.ts). */
const HTTP_PORT = Number(process.env.TEST_HTTP_PORT ?? 8731) + 1;

/**
 * The setup and teardown `npm run fuzz` and `npm run load` share: the compiled server on the
 * tests' Neo4j with an EDITOR key made for the run, stopped and revoked afterwards however the
 * run ended — including load's drain check, which ends the server itself.
 */
describe('withHarnessServer', () => {
  const { graph } = useTestGraph({ wipe: 'once' });
  let config: Config;
  const harness = { keyName: 'harness-test', httpPort: HTTP_PORT, log: () => undefined };
  const keyIsLive = async (key: string) => (await new ApiKeyService(graph()).authenticate(key)) !== null;
  const ingest = (h: HarnessServer) =>
    fetch(`${h.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${h.key}` },
      body: JSON.stringify({ query: 'mutation { ingestArticle(input: {text: "Peskov said the visit is on, UNN reports."}) { status } }' }),
    }).then((response) => response.json() as Promise<{ data?: { ingestArticle: { status: string } } }>);

  beforeAll(() => {
    // The harnesses run dist/ as npm start does (tsx emits no decorator metadata, which type-graphql needs).
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'ignore' });
    config = { ...loadConfig({ ...process.env, EMBEDDED_NEO4J_PORT: String(testEmbeddedSettings().port) }), embedded: testEmbeddedSettings() };
  }, 180_000);

  it('serves the run with an EDITOR key, then stops the server and revokes the key', async () => {
    let seen: HarnessServer | undefined;

    const status = await withHarnessServer(config, harness, async (h) => {
      seen = h;
      expect(await keyIsLive(h.key)).toBe(true);
      return (await ingest(h)).data?.ingestArticle.status;
    });

    expect(status).toBe('CREATED');
    const { api, key } = seen as HarnessServer;
    expect(api.child.exitCode).toBe(0);
    expect(await keyIsLive(key)).toBe(false);
  }, 120_000);

  it('leaves a server the run ended itself (load’s drain check) to exit on its own', async () => {
    let seen: HarnessServer | undefined;

    const drained = await withHarnessServer(config, harness, async (h) => {
      seen = h;
      return drainCheck(h.api, h.key, 6);
    });

    expect(drained).toMatchObject({ started: 6, complete: 6, exitCode: 0, failures: [] });
    expect(await keyIsLive((seen as HarnessServer).key)).toBe(false);
  }, 120_000);

  it('cleans up when the run throws, and passes its error on', async () => {
    let seen: HarnessServer | undefined;

    const run = withHarnessServer(config, harness, async (h) => {
      seen = h;
      throw new Error('the harness failed');
    });

    await expect(run).rejects.toThrow('the harness failed');
    expect((seen as HarnessServer).api.child.exitCode).toBe(0);
    expect(await keyIsLive((seen as HarnessServer).key)).toBe(false);
  }, 120_000);
});
