/**
 * `npm run fuzz -- [--runs 10000] [--seed S] [--neo4j-port 7752] [--http-port 8753]`: the fuzzing
 * harness. Starts the API server (compiled, production settings) against the embedded Neo4j on
 * --neo4j-port (or uses --url), and sends --runs GraphQL requests generated from the schema with
 * fast-check: valid operations on every root field with well-typed arguments and selections, and
 * near-valid ones (wrong types, missing or unknown arguments and fields, huge numbers, odd strings,
 * broken syntax). Half carry an EDITOR key, so mutations get past authentication. A finding is a
 * 5xx, a hang (--timeout), a body that is not JSON or an INTERNAL_SERVER_ERROR; the server's RSS
 * is sampled as it goes. Exits 1 on any finding. Mutations write: use a scratch or benchmark graph.
 */
import { Command } from 'commander';
import fc from 'fast-check';
import fs from 'node:fs';
import { loadConfig } from '../config/config';
import { finding, sendCase, type FuzzAnswer } from '../reliability/fuzz/fuzz-request';
import { fuzzCase, loadServedSchema, type FuzzCase } from '../reliability/fuzz/operations';
import type { ApiProcess } from '../reliability/server-process';
import { withHarnessServer } from './harness-server';
import { wholeNumber } from './whole-number';

interface Options {
  runs: number;
  distinct?: number;
  seed: number;
  concurrency: number;
  timeout: number;
  neo4jPort: number;
  httpPort: number;
  output?: string;
}

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const options = new Command('fuzz')
    .description('Send schema-generated valid and near-valid GraphQL requests; any 5xx, hang or untyped error is a finding.')
    .option('--runs <n>', 'cases to send', wholeNumber(1, 10_000_000), 10_000)
    .option('--seed <n>', 'fast-check seed (the same seed sends the same cases)', wholeNumber(0), Date.now() % 1_000_000)
    .option('--concurrency <n>', 'requests in flight', wholeNumber(1, 256), 4)
    .option('--timeout <ms>', 'a request unanswered this long is a hang', wholeNumber(100), 15_000)
    .option('--neo4j-port <n>', 'the embedded Neo4j the server uses (started if not running)', wholeNumber(1, 65535), 7752)
    .option('--http-port <n>', 'the API server\'s port', wholeNumber(1, 65535), 8753)
    .option('--distinct <n>', 'generate only this many cases and send them over and over: memory that still grows does not come from caching new documents', wholeNumber(1))
    .option('--output <file>', 'write the figures as JSON here')
    .parse()
    .opts<Options>();

  const schema = loadServedSchema();
  const distinct = fc.sample(fuzzCase(schema), { numRuns: Math.min(options.runs, options.distinct ?? options.runs), seed: options.seed });
  const cases: FuzzCase[] = Array.from({ length: options.runs }, (_, i) => distinct[i % distinct.length] as FuzzCase);
  process.env.EMBEDDED_NEO4J_PORT = String(options.neo4jPort);
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  const byCode: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const byBroken: Record<string, number> = {};
  const findings: Array<{ problem: string; case: FuzzCase; answer: Omit<FuzzAnswer, 'body'> & { body: string } }> = [];
  const memory: Array<{ after: number; rssMb: number; heapMb: number }> = [];
  let slowest = 0;
  let crashed = false;
  const began = Date.now();
  const harness = { keyName: 'fuzz', httpPort: options.httpPort, log: (line: string) => process.stderr.write(`${line}\n`) };
  await withHarnessServer(config, harness, async ({ api, key }) => {
    try {
      memory.push(await sample(api, 0));
      let next = 0;
      let done = 0;
      const worker = async () => {
        while (next < cases.length && !crashed) {
          const i = next++;
          const c = cases[i] as FuzzCase;
          const answer = await sendCase(api.url, c, i % 2 === 0 ? { authorization: `Bearer ${key}` } : {}, options.timeout);
          byCode[answer.code] = (byCode[answer.code] ?? 0) + 1;
          byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
          byBroken[c.broken ?? 'valid'] = (byBroken[c.broken ?? 'valid'] ?? 0) + 1;
          slowest = Math.max(slowest, answer.ms);
          const problem = finding(answer);
          if (problem && findings.length < 50) findings.push({ problem, case: c, answer: { ...answer, body: answer.body.slice(0, 500) } });
          if (api.child.exitCode !== null) crashed = true;
          if (++done % 500 === 0) {
            const m = await sample(api, done);
            memory.push(m);
            process.stderr.write(`  ${done} cases, ${findings.length} findings, rss ${m.rssMb} MB, heap ${m.heapMb} MB\n`);
          }
        }
      };
      await Promise.all(Array.from({ length: options.concurrency }, worker));
      if (!crashed) memory.push(await sample(api, done));
    } finally {
      crashed ||= api.child.exitCode !== null;
    }
  });
  const seconds = (Date.now() - began) / 1000;
  const report = {
    when: new Date().toISOString(),
    runs: options.runs,
    seed: options.seed,
    seconds,
    crashed,
    findings: findings.length,
    slowestMs: slowest,
    byStatus,
    byCode,
    byBroken,
    memory,
    findingSamples: findings,
  };
  if (options.output) fs.writeFileSync(options.output, `${JSON.stringify(report, null, 2)}\n`);
  const rss = memory.map((m) => m.rssMb);
  process.stdout.write(
    `${options.runs} cases (seed ${options.seed}) in ${seconds.toFixed(0)} s: ${findings.length} findings; server ${crashed ? 'CRASHED' : 'alive'}; ` +
      `slowest answer ${slowest} ms; RSS ${Math.min(...rss)}–${Math.max(...rss)} MB\n` +
      `by status: ${JSON.stringify(byStatus)}\nby code: ${JSON.stringify(byCode)}\n` +
      findings.slice(0, 10).map((f) => `  ${f.problem}: ${JSON.stringify(f.case).slice(0, 300)} → ${f.answer.body.slice(0, 200)}`).join('\n') +
      '\n',
  );
  if (findings.length > 0 || crashed) process.exitCode = 1;
}

async function sample(api: ApiProcess, after: number) {
  const m = await api.memory();
  return { after, rssMb: Math.round(m.rss / MB), heapMb: Math.round(m.heapUsed / MB) };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
