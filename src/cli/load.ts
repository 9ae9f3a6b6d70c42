/**
 * `npm run load -- [--rate 500] [--seconds 60] [--neo4j-port 7752] [--http-port 8750] [--drain]`:
 * the load and soak harness. Starts the API server (compiled, production settings) against the
 * embedded Neo4j on --neo4j-port (the benchmark graph: `npm run bench:data -- --statements 100000
 * --port 7752`), creates an EDITOR key, and drives a fixed rate of mixed reads and real writes
 * (ingestArticle of generated articles, addRebuttal) for --seconds, sampling latency, errors and
 * the server's heap and RSS every --sample seconds. With --drain it then sends SIGTERM while
 * requests are in flight and checks each gets its answer and the server exits 0. Exits 1 on any
 * error. A soak is the same command at a lower rate for longer: `--rate 100 --seconds 1800 --sample 30`.
 */
import { Command } from 'commander';
import fs from 'node:fs';
import { loadConfig } from '../config/config';
import { pickSubjects } from '../bench/subjects';
import { FIRST_PAGE_CURSORS } from '../bench/questions';
import { drainCheck, type DrainResult } from '../reliability/drain-check';
import { loadMix } from '../reliability/load-mix';
import { runLoad, type LoadFigures } from '../reliability/load-run';
import { withHarnessServer } from './harness-server';
import { wholeNumber } from './whole-number';

interface Options {
  rate: number;
  seconds: number;
  connections: number;
  writes: number;
  sample: number;
  neo4jPort: number;
  httpPort: number;
  drain: boolean;
  output?: string;
}

async function main(): Promise<void> {
  const options = new Command('load')
    .description('Mixed reads and writes at a fixed rate against the API server, with memory samples; optionally SIGTERM under load.')
    .option('--rate <n>', 'requests per second, overall (autocannon overallRate)', wholeNumber(1, 100_000), 500)
    .option('--seconds <n>', 'how long', wholeNumber(1, 24 * 3600), 60)
    .option('--connections <n>', 'open connections sharing the rate', wholeNumber(1, 2000), 100)
    .option('--writes <n>', 'writes in every 20 requests (half ingestArticle, half addRebuttal)', wholeNumber(0, 20), 2)
    .option('--sample <n>', 'seconds between samples of latency and the server\'s memory', wholeNumber(1, 3600), 10)
    .option('--neo4j-port <n>', 'the embedded Neo4j holding the benchmark graph (started if not running)', wholeNumber(1, 65535), 7752)
    .option('--http-port <n>', 'the API server\'s port', wholeNumber(1, 65535), 8750)
    .option('--drain', 'after the run, SIGTERM the server with requests in flight and check they all complete')
    .option('--output <file>', 'write the figures as JSON here')
    .parse()
    .opts<Options>();

  process.env.EMBEDDED_NEO4J_PORT = String(options.neo4jPort);
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  let figures: LoadFigures | undefined;
  let drain: DrainResult | undefined;
  const harness = { keyName: 'load-run', httpPort: options.httpPort, log: (line: string) => process.stderr.write(`${line}\n`) };
  await withHarnessServer(config, harness, async ({ graph, api, key }) => {
    const subjects = { ...(await pickSubjects(graph)), deepPage: 1, deepCursors: FIRST_PAGE_CURSORS, deepCursorErrors: {} };
    const claims = (await (
      await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ claims(first: 100) { edges { node { id } } } }' }) })
    ).json()) as { data: { claims: { edges: Array<{ node: { id: string } }> } } };
    const claimIds = claims.data.claims.edges.map((edge) => edge.node.id);
    const mix = loadMix({ subjects, claimIds, editorKey: key, writesPer20: options.writes, runId: Date.now().toString(36) });
    process.stderr.write(`load: ${options.rate} req/s for ${options.seconds} s over ${options.connections} connections, ${options.writes} writes in 20\n`);
    figures = await runLoad(api, mix, {
      rate: options.rate,
      seconds: options.seconds,
      connections: options.connections,
      sampleSeconds: options.sample,
      onWindow: (w) =>
        process.stderr.write(`  ${String(w.at).padStart(5)} s  ${w.responses} answers  ${w.errors} errors  p50 ${w.p50} ms  p99 ${w.p99} ms  rss ${w.rssMb} MB  heap ${w.heapMb} MB  load ${w.load1}\n`),
    });
    // The drain check ends the server itself (SIGTERM under load); the harness then only waits for it.
    if (options.drain) drain = await drainCheck(api, key);
  });
  const report = { when: new Date().toISOString(), command: process.argv.slice(2).join(' '), ...figures, drain };
  if (options.output) fs.writeFileSync(options.output, `${JSON.stringify(report, null, 2)}\n`);
  const f = figures as LoadFigures;
  process.stdout.write(
    `asked ${f.rate} req/s for ${f.seconds} s: answered ${f.achievedRps} req/s (reads ${f.answered.read}, ingests ${f.answered.ingest}, rebuttals ${f.answered.rebuttal})\n` +
      `errors: ${f.errors.total} (transport ${f.errors.transport}, non-2xx ${f.errors.non2xx}, GraphQL ${f.errors.graphql})${f.errors.samples.length ? `\n  ${f.errors.samples.join('\n  ')}` : ''}\n` +
      `latency: p50 ${f.latencyMs.p50} ms, p90 ${f.latencyMs.p90} ms, p99 ${f.latencyMs.p99} ms, max ${f.latencyMs.max} ms\n` +
      `load average: ${f.loadAverage.start.map((n) => n.toFixed(2)).join(' ')} at the start, ${f.loadAverage.end.map((n) => n.toFixed(2)).join(' ')} at the end\n` +
      (drain
        ? `SIGTERM with ${drain.started} requests in flight: ${drain.complete} answered whole, exit code ${drain.exitCode} after ${drain.exitMs} ms${drain.failures.length ? `\n  ${drain.failures.join('\n  ')}` : ''}\n`
        : ''),
  );
  const drained = !drain || (drain.complete === drain.started && drain.exitCode === 0);
  if (f.errors.total > 0 || !drained) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
