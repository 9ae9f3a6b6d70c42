import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT, type Config } from '../config/config';

/**
 * The embedded Neo4j: the 5.26 LTS community engine from Maven Central, run by
 * scripts/neo4j/EmbeddedNeo4j.java as a detached process with a pid file, so that
 * `npm start`, `npm run db:*` and the test setup all find the same instance.
 */

/** Kept in step with scripts/neo4j/pom.xml; a new version downloads into a new folder. */
export const EMBEDDED_NEO4J_VERSION = '5.26.30';

const LAUNCHER = path.join(PROJECT_ROOT, 'scripts', 'neo4j', 'EmbeddedNeo4j.java');
const POM = path.join(PROJECT_ROOT, 'scripts', 'neo4j', 'pom.xml');

export type EmbeddedSettings = Config['embedded'];

/** Raised when the embedded Neo4j cannot be installed or started; the message says what to do. */
export class EmbeddedNeo4jError extends Error {
  override readonly name = 'EmbeddedNeo4jError';
}

export interface EmbeddedStatus {
  uri: string;
  running: boolean;
  pid?: number;
  boltAnswers: boolean;
  installed: boolean;
  dataDir: string;
}

interface Paths {
  lib: string;
  m2: string;
  instance: string;
  home: string;
  pidFile: string;
  logFile: string;
}

function pathsFor(settings: EmbeddedSettings): Paths {
  const instance = path.join(settings.dir, 'instances', String(settings.port));
  return {
    lib: path.join(settings.dir, `neo4j-${EMBEDDED_NEO4J_VERSION}`, 'lib'),
    m2: path.join(settings.dir, 'm2'),
    instance,
    home: path.join(instance, 'home'),
    pidFile: path.join(instance, 'neo4j.pid'),
    logFile: path.join(instance, 'neo4j.log'),
  };
}

function uriFor(settings: EmbeddedSettings): string {
  return `bolt://127.0.0.1:${settings.port}`;
}

function requireTool(command: string, args: string[], install: string): void {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
  } catch {
    throw new EmbeddedNeo4jError(
      `The embedded Neo4j needs ${command}, which was not found on PATH. Install it (${install}) ` +
        'or point NEO4J_URI at an existing Neo4j 5 server.',
    );
  }
}

/** Downloads the Neo4j jars once into the git-ignored cache; later calls return at once. */
export function ensureInstalled(settings: EmbeddedSettings, log: (line: string) => void = () => {}): string {
  const { lib, m2 } = pathsFor(settings);
  const marker = path.join(lib, '.complete');
  if (fs.existsSync(marker)) return lib;
  requireTool('java', ['-version'], 'Java 17 or newer, e.g. `apt-get install openjdk-17-jre-headless`');
  requireTool('mvn', ['-v'], 'Apache Maven, e.g. `apt-get install maven`');
  log(`Downloading Neo4j ${EMBEDDED_NEO4J_VERSION} from Maven Central into ${path.dirname(lib)} (once)…`);
  fs.rmSync(lib, { recursive: true, force: true });
  try {
    execFileSync(
      'mvn',
      [
        '-B',
        '-q',
        '-f',
        POM,
        `-Dmaven.repo.local=${m2}`,
        `-Dneo4j.version=${EMBEDDED_NEO4J_VERSION}`,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${lib}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? '') + String((error as { stderr?: Buffer }).stderr ?? '');
    throw new EmbeddedNeo4jError(`Maven could not download Neo4j ${EMBEDDED_NEO4J_VERSION}:\n${output.slice(-2000)}`);
  }
  fs.writeFileSync(marker, new Date().toISOString());
  return lib;
}

function readPid(pidFile: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function boltAnswers(settings: EmbeddedSettings): Promise<boolean> {
  const driver = neo4j.driver(uriFor(settings), neo4j.auth.basic('neo4j', settings.password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function logTail(logFile: string): string {
  try {
    return fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

/** What is running on the configured port, from the pid file and a Bolt handshake. */
export async function embeddedStatus(settings: EmbeddedSettings): Promise<EmbeddedStatus> {
  const paths = pathsFor(settings);
  const pid = readPid(paths.pidFile);
  const running = pid !== undefined && isAlive(pid);
  return {
    uri: uriFor(settings),
    running,
    pid: running ? pid : undefined,
    boltAnswers: running && (await boltAnswers(settings)),
    installed: fs.existsSync(path.join(paths.lib, '.complete')),
    dataDir: paths.home,
  };
}

/**
 * Starts the embedded Neo4j unless it already runs, and waits until Bolt answers.
 * Resolves to `started: false` when an instance was already up, so the caller knows
 * whether stopping it is its job.
 */
export async function startEmbedded(
  settings: EmbeddedSettings,
  log: (line: string) => void = () => {},
): Promise<{ uri: string; started: boolean; pid: number }> {
  const paths = pathsFor(settings);
  const existing = readPid(paths.pidFile);
  if (existing !== undefined && isAlive(existing)) {
    await waitForBolt(settings, existing, paths.logFile);
    return { uri: uriFor(settings), started: false, pid: existing };
  }
  // Without our own live process, anything answering on the port belongs to someone else (another
  // checkout's Neo4j, a CI run): attaching to it would share, and wipe, their data.
  if (await portInUse(settings.port)) {
    throw new EmbeddedNeo4jError(
      `Port ${settings.port} on 127.0.0.1 is already in use by another process. ` +
        'Stop it, or choose another port with EMBEDDED_NEO4J_PORT (TEST_NEO4J_PORT for the tests).',
    );
  }
  const lib = ensureInstalled(settings, log);
  fs.mkdirSync(paths.home, { recursive: true });
  const out = fs.openSync(paths.logFile, 'a');
  const child = spawn(
    'java',
    [`-Xmx${settings.heap}`, '-XX:+UseParallelGC', '-cp', path.join(lib, '*'), LAUNCHER, paths.home, String(settings.port)],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, CLAIMGRAPH_NEO4J_PASSWORD: settings.password },
    },
  );
  fs.closeSync(out);
  if (child.pid === undefined) throw new EmbeddedNeo4jError('Could not start java for the embedded Neo4j.');
  child.unref();
  fs.writeFileSync(paths.pidFile, String(child.pid));
  log(`Starting the embedded Neo4j on ${uriFor(settings)} (pid ${child.pid}, log ${paths.logFile})…`);
  await waitForBolt(settings, child.pid, paths.logFile);
  return { uri: uriFor(settings), started: true, pid: child.pid };
}

async function waitForBolt(settings: EmbeddedSettings, pid: number, logFile: string): Promise<void> {
  const deadline = Date.now() + settings.startTimeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      throw new EmbeddedNeo4jError(`The embedded Neo4j exited while starting. Last lines of ${logFile}:\n${logTail(logFile)}`);
    }
    if (await boltAnswers(settings)) return;
    await sleep(500);
  }
  throw new EmbeddedNeo4jError(
    `The embedded Neo4j did not answer on ${uriFor(settings)} within ${settings.startTimeoutMs / 1000} s. ` +
      `Last lines of ${logFile}:\n${logTail(logFile)}`,
  );
}

/**
 * Stops the instance on the configured port (SIGTERM, then SIGKILL after 30 s). With `onlyPid`,
 * stops it only if it is still that process: one restarted by someone else is theirs.
 */
export async function stopEmbedded(settings: EmbeddedSettings, onlyPid?: number): Promise<boolean> {
  const { pidFile } = pathsFor(settings);
  const pid = readPid(pidFile);
  if (onlyPid !== undefined && pid !== onlyPid) return false;
  if (pid === undefined || !isAlive(pid)) {
    fs.rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(pidFile, { force: true });
  return true;
}
