import fs from 'node:fs';
import path from 'node:path';
import type { Graph } from '../db/graph';
import type { LoadFigures } from './load';
import { SERVERS, type ServerName } from './questions';

/** Ingest throughput in articles per second; filled by the ingest benchmark (src/bench/ingest-throughput.ts). */
export interface IngestFigures {
  endToEnd: number;
  extractionOnly: number;
}

export interface QuestionResult {
  key: string;
  title: string;
  /** Where the answers differed before timing, per server against ours; none when equal. */
  mismatches: Partial<Record<ServerName, string>>;
  /** Figures per concurrency, then per server. */
  runs: Record<number, Partial<Record<ServerName, LoadFigures>>>;
}

export interface BenchRun {
  statements: number;
  seed: number;
  concurrencies: number[];
  seconds: number;
  subjects: unknown;
  versions: Record<string, string>;
  questions: QuestionResult[];
}

/** The concurrency `--json` reports, as the issue asks. */
export const REPORTED_CONCURRENCY = 10;

/**
 * The figures another module adds to the JSON report. The ingest benchmark plugs in here:
 * src/bench/ingest-throughput.ts, when it exists, exports
 * `measureIngestThroughput(graph, {articles?}): Promise<{endToEnd, extractionOnly, …}>`; the read
 * benchmark calls it on its scratch graph after the timed runs, and `--json` carries the two
 * rates under "ingest" — `null` when there is no such module.
 */
export type IngestSource = (graph: Graph, options: { articles?: number }) => Promise<IngestFigures | null>;

type IngestModule = { measureIngestThroughput?: (graph: Graph, options: { articles?: number }) => Promise<IngestFigures> };

export const ingestFromModule: IngestSource = async (graph, options) => {
  const candidates = ['ingest-throughput.ts', 'ingest-throughput.js'].map((file) => path.join(__dirname, file));
  if (!candidates.some((file) => fs.existsSync(file))) return null;
  // A path held in a variable: the module is optional, so the compiler must not require it.
  const modulePath = './ingest-throughput';
  const module = (await import(modulePath)) as IngestModule;
  if (!module.measureIngestThroughput) return null;
  const { endToEnd, extractionOnly } = await module.measureIngestThroughput(graph, options);
  return { endToEnd: round(endToEnd), extractionOnly: round(extractionOnly) };
};

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** `{"statements": N, "questions": {"Q1": {"floor": {rps, p50, p99, errors}, …}, …}, "ingest": …}` at concurrency 10. */
export function benchJson(run: BenchRun, ingest: IngestFigures | null): Record<string, unknown> {
  const questions: Record<string, unknown> = {};
  for (const q of run.questions) {
    const figures = run.questions.length > 0 ? q.runs[REPORTED_CONCURRENCY] ?? {} : {};
    questions[q.key] = Object.fromEntries(
      SERVERS.map((server) => {
        const f = figures[server];
        return [server, f ? { rps: f.rps, p50: f.p50, p99: f.p99, errors: f.errors, ...(f.cpuMs ? { cpuMs: f.cpuMs } : {}) } : null];
      }),
    );
    if (Object.keys(q.mismatches).length > 0) (questions[q.key] as Record<string, unknown>).mismatches = q.mismatches;
  }
  return { statements: run.statements, questions, ingest };
}

/** The whole run, every concurrency, for docs/benchmarks.md and the plot. */
export function fullJson(run: BenchRun, ingest: IngestFigures | null): Record<string, unknown> {
  return { ...benchJson(run, ingest), seed: run.seed, seconds: run.seconds, versions: run.versions, subjects: run.subjects, runs: Object.fromEntries(run.questions.map((q) => [q.key, q.runs])) };
}

/**
 * A table for people: per question and concurrency, each server's req/s, p50/p99 and CPU per
 * request (the server's + Neo4j's, where measured), and ours against the others, by req/s and by
 * that CPU (the other's CPU a request over ours: what req/s would be on a machine doing nothing
 * else, since each request then costs its CPU). stack/floor is what Apollo and graphql-js cost the
 * floor's queries; ours/stack what ours costs on top of them.
 */
export function benchTable(run: BenchRun): string {
  const lines = [
    `${run.statements} statements, ${run.seconds} s per run; CPU: ms a request, the server's + Neo4j's`,
    '',
    '| question | c | floor rps (p50/p99 ms) CPU | stack rps (p50/p99 ms) CPU | ours rps (p50/p99 ms) CPU | peer rps (p50/p99 ms) CPU | ours/floor | ours/floor by CPU | stack/floor | ours/stack | ours/peer |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const cpu = (f?: LoadFigures): { server: number; neo4j: number } | null => {
    const { server, neo4j } = f?.cpuMs ?? {};
    return server != null && neo4j != null ? { server, neo4j } : null;
  };
  const cell = (f?: LoadFigures) => {
    if (!f) return '–';
    const c = cpu(f);
    return `${f.rps} (${f.p50 ?? '–'}/${f.p99 ?? '–'})${c ? ` ${c.server}+${c.neo4j}` : ''}${f.errors ? ` ${f.errors} err` : ''}`;
  };
  const ratio = (a?: LoadFigures, b?: LoadFigures) => (a && b && b.rps > 0 ? (a.rps / b.rps).toFixed(2) : '–');
  const cpuRatio = (a?: LoadFigures, b?: LoadFigures) => {
    const [ca, cb] = [cpu(a), cpu(b)];
    return ca && cb && ca.server + ca.neo4j > 0 ? ((cb.server + cb.neo4j) / (ca.server + ca.neo4j)).toFixed(2) : '–';
  };
  for (const q of run.questions) {
    for (const c of run.concurrencies) {
      const r = q.runs[c] ?? {};
      lines.push(
        `| ${q.key} | ${c} | ${cell(r.floor)} | ${cell(r.stack)} | ${cell(r.ours)} | ${cell(r.peer)} | ${ratio(r.ours, r.floor)} | ${cpuRatio(r.ours, r.floor)} | ${ratio(r.stack, r.floor)} | ${ratio(r.ours, r.stack)} | ${ratio(r.ours, r.peer)} |`,
      );
    }
  }
  const mismatched = run.questions.filter((q) => Object.keys(q.mismatches).length > 0);
  if (mismatched.length > 0) {
    lines.push('', 'Answers that differ from ours (checked before timing):');
    for (const q of mismatched) for (const [server, where] of Object.entries(q.mismatches)) lines.push(`  ${q.key} ${server}: ${where}`);
  }
  return `${lines.join('\n')}\n`;
}
