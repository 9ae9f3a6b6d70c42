import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT, type Config } from '../config/config';
import { startEmbedded } from '../db/embedded-neo4j';
import type { Graph } from '../db/graph';
import { Role } from '../model/enums';
import type { Actor } from '../model/principal';
import type { ApiKeyService } from '../services/api-key.service';
import { censusDifferences, takeCensus, type Census } from './graph-census';
import { askWhileDown, waitForRecovery, type DownAnswer } from './outage-checks';

/** The ingest the harness runs (and kills the database under): the compiled ingest CLI, as a user runs it. */
export interface IngestJob {
  paths: string[];
  metadata?: string;
  batch: number;
}

export interface IngestExit {
  code: number | null;
  ms: number;
  /** When it exited (epoch ms). */
  at: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run ingest` (compiled) against the Neo4j at `uri`, with no progress bar. */
export function runIngest(job: IngestJob, neo4j: Config['neo4j']): { pid: number; exited: Promise<IngestExit> } {
  const args = [path.join(PROJECT_ROOT, 'dist', 'src', 'cli', 'ingest.js'), '--no-progress', '--batch', String(job.batch)];
  if (job.metadata) args.push('--metadata', job.metadata);
  args.push(...job.paths);
  const began = Date.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: '', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<IngestExit>((resolve) => child.once('exit', (code) => resolve({ code, ms: Date.now() - began, at: Date.now(), stdout, stderr })));
  return { pid: child.pid as number, exited };
}

export interface FaultRunResult {
  run: number;
  /** Articles committed when Neo4j was killed, of `total`. */
  killedAt: number;
  total: number;
  /** The interrupted ingest: its exit code, how long it took to give up after the kill, its last words. */
  interrupted: { code: number | null; msAfterKill: number; message: string };
  down: DownAnswer[];
  /** Neo4j's restart, and the API's return to ready after it (the API is never restarted). */
  restartMs: number;
  recoveredMs: number;
  rerun: { code: number | null; summary: string };
  /** Differences from the clean run's census; none when every article is there exactly once and whole. */
  differences: string[];
  ok: boolean;
}

export interface FaultHarness {
  graph: Graph;
  apiKeys: ApiKeyService;
  apiUrl: string;
  config: Config;
  job: IngestJob;
  /** The scratch Neo4j's pid now; the harness updates it after each restart. */
  neo4jPid: number;
  wipe(): Promise<void>;
}

async function countArticles(graph: Graph): Promise<number> {
  const rows = await graph.read('reliability/count-nodes-by-label');
  return Number(rows.find((row) => row.label === 'Article')?.count ?? 0);
}

/** Who the audit trail says made the run's API key: the harness, run from the command line. */
const FAULT_RUN_ACTOR: Actor = { keyId: null, name: 'cli:faults', role: null };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The clean run: an empty graph, the whole ingest, no fault. Its census is what every fault run must end with. */
export async function cleanRun(h: FaultHarness): Promise<{ census: Census; exit: IngestExit }> {
  await h.wipe();
  const exit = await runIngest(h.job, h.config.neo4j).exited;
  if (exit.code !== 0) throw new Error(`the clean ingest failed (exit ${exit.code}):\n${exit.stderr.slice(-2000)}`);
  return { census: await takeCensus(h.graph), exit };
}

/**
 * One fault: empties the graph, starts the ingest, and `kill -9`s Neo4j once `killAt` articles are
 * committed (plus a random moment, so some kills land inside a transaction). Then, with Neo4j
 * down: the ingest must stop with a clear message and a non-zero exit, and the API must answer
 * UNAVAILABLE (and /readyz 503) within a second. Neo4j restarts; the API must recover by itself;
 * the same ingest again must exit 0 and leave the clean run's census exactly.
 */
export async function faultRun(h: FaultHarness, run: number, reference: Census, killAt: number, jitterMs: number): Promise<FaultRunResult> {
  await h.wipe();
  const { key } = await h.apiKeys.create(`fault-run-${run}`, Role.EDITOR, FAULT_RUN_ACTOR);
  const total = Object.keys(reference.articles).length;
  const ingest = runIngest(h.job, h.config.neo4j);
  let finished = false;
  void ingest.exited.then(() => (finished = true));
  let committed = 0;
  while (!finished && (committed = await countArticles(h.graph).catch(() => committed)) < killAt) await sleep(50);
  await sleep(jitterMs);
  committed = await countArticles(h.graph).catch(() => committed);
  process.kill(h.neo4jPid, 'SIGKILL');
  const killed = Date.now();

  const down = await askWhileDown(h.apiUrl, key);
  const interrupted = await ingest.exited;
  const message = interrupted.stderr.trim().split('\n').slice(-2).join(' / ');

  const restartBegan = Date.now();
  const { pid } = await startEmbedded(h.config.embedded);
  h.neo4jPid = pid;
  const restartMs = Date.now() - restartBegan;
  const recoveredMs = await waitForRecovery(h.apiUrl);

  const rerun = await runIngest(h.job, h.config.neo4j).exited;
  const differences = censusDifferences(reference, await takeCensus(h.graph));
  // An ingest that had finished before the kill owes no error; one that was cut short must say so.
  const stoppedCleanly = finished && interrupted.code === 0 ? true : interrupted.code !== 0 && /Stopped: \d+ articles stored whole/.test(interrupted.stderr);
  return {
    run,
    killedAt: committed,
    total,
    interrupted: { code: interrupted.code, msAfterKill: Math.max(0, interrupted.at - killed), message },
    down,
    restartMs,
    recoveredMs,
    rerun: { code: rerun.code, summary: rerun.stdout.split('\n')[0] ?? '' },
    differences,
    ok: stoppedCleanly && down.every((d) => d.ok) && rerun.code === 0 && differences.length === 0,
  };
}
