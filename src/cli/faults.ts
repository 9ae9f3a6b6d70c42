/**
 * `npm run faults -- [--runs 20] [--port 7752] [--http-port 8751]`: the fault harness. Starts a
 * scratch embedded Neo4j on --port (its own data folder under .neo4j/instances/<port>, emptied
 * between runs: never point it at a database you care about) and the API server, ingests the
 * PolNeAR dev split once cleanly for reference, then --runs times: empties the graph, starts the
 * same ingest, kill -9s Neo4j part-way, checks that the ingest stops with a clear message and that
 * the API answers UNAVAILABLE (and /readyz 503) within a second, restarts Neo4j, checks the API
 * recovers by itself, runs the ingest again, and compares node and relationship counts (per label,
 * type and article) with the clean run's. Exits 1 when any run fails.
 */
import { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../config/config';
import { startEmbedded, stopEmbedded } from '../db/embedded-neo4j';
import { extractArticle } from '../extraction/pipeline';
import { cleanRun, faultRun, type FaultHarness, type FaultRunResult } from '../reliability/fault-run';
import { startApi, stopApi, waitUntilReady } from '../reliability/server-process';
import { createServices } from '../services/services';
import { openGraphForCli } from './open-graph';
import { wholeNumber } from './whole-number';

const POLNEAR = path.join(PROJECT_ROOT, '..', 'shared', 'datasets', 'polnear');

interface Options {
  runs: number;
  port: number;
  httpPort: number;
  batch: number;
  metadata: string;
  output?: string;
}

async function main(): Promise<void> {
  const program = new Command('faults')
    .description('Kill -9 Neo4j in the middle of a batch ingest, N times; check fast failure, recovery and no lost or half-written data.')
    .argument('[paths...]', 'articles to ingest', [path.join(POLNEAR, 'dev', 'text')])
    .option('--runs <n>', 'faults to inject', wholeNumber(1, 1000), 20)
    .option('--port <n>', 'the scratch Neo4j\'s Bolt port (emptied between runs)', wholeNumber(1, 65535), 7752)
    .option('--http-port <n>', 'the API server\'s port', wholeNumber(1, 65535), 8751)
    .option('--batch <n>', 'articles per ingest transaction (small: more commits to kill between)', wholeNumber(1, 1000), 4)
    .option('--metadata <file>', 'the ingest\'s metadata table', path.join(POLNEAR, 'metadata.tsv'))
    .option('--output <file>', 'write the results as JSON here')
    .parse();
  const options = program.opts<Options>();
  const paths = program.processedArgs[0] as string[];

  const config = loadConfig({ ...process.env, NEO4J_URI: '', EMBEDDED_NEO4J_PORT: String(options.port) });
  const started = await startEmbedded(config.embedded, (line) => process.stderr.write(`${line}\n`));
  const { graph, close } = await openGraphForCli(config, () => undefined);
  const services = createServices(graph, { maxArticleBytes: config.maxArticleBytes, extract: extractArticle });
  const api = startApi({ port: options.httpPort, neo4jUri: config.neo4j.uri, neo4jPassword: config.neo4j.password });
  const results: FaultRunResult[] = [];
  let cleanSeconds = 0;
  try {
    await waitUntilReady(api);
    const harness: FaultHarness = {
      graph,
      apiKeys: services.apiKeys,
      apiUrl: api.url,
      config,
      job: { paths, metadata: options.metadata, batch: options.batch },
      neo4jPid: started.pid,
      wipe: async () => void (await graph.write('reliability/wipe-scratch-graph')),
    };
    const clean = await cleanRun(harness);
    cleanSeconds = clean.exit.ms / 1000;
    const total = Object.keys(clean.census.articles).length;
    process.stderr.write(`clean run: ${clean.exit.stdout.split('\n')[0]} in ${cleanSeconds.toFixed(1)} s; ${JSON.stringify(clean.census.labels)}\n`);
    for (let run = 1; run <= options.runs; run++) {
      // Kill points spread over the ingest (10 %–80 % of the articles), plus up to 0.5 s.
      const killAt = Math.max(1, Math.round(total * (0.1 + (((run * 37) % 71) / 71) * 0.7)));
      const result = await faultRun(harness, run, clean.census, killAt, (run * 113) % 500);
      results.push(result);
      const down = result.down.map((d) => `${d.what} ${d.code} in ${d.ms} ms`).join(', ');
      process.stderr.write(
        `run ${run}: ${result.ok ? 'ok' : 'FAILED'}: killed at ${result.killedAt}/${result.total} articles; ingest exit ${result.interrupted.code} ` +
          `${result.interrupted.msAfterKill} ms after the kill; down: ${down}; Neo4j back in ${(result.restartMs / 1000).toFixed(1)} s, ` +
          `API ready ${(result.recoveredMs / 1000).toFixed(1)} s later; re-run: ${result.rerun.summary}; ${result.differences.length} differences` +
          `${result.differences.length ? `\n  ${result.differences.slice(0, 10).join('\n  ')}` : ''}\n`,
      );
    }
  } finally {
    const apiExit = await stopApi(api);
    await close();
    if (started.started) await stopEmbedded(config.embedded);
    else process.stderr.write(`(Neo4j on ${options.port} was already running and is left running)\n`);
    if (apiExit !== 0) process.stderr.write(`the API server exited with ${apiExit}\n`);
  }
  const failed = results.filter((r) => !r.ok);
  const worst = (what: string) => Math.max(0, ...results.flatMap((r) => r.down.filter((d) => d.what === what).map((d) => d.ms)));
  const summary = {
    when: new Date().toISOString(),
    runs: results.length,
    failed: failed.length,
    cleanIngestSeconds: cleanSeconds,
    worstDownMs: { read: worst('read'), keyedWrite: worst('keyed write'), readyz: worst('/readyz') },
    articlesLost: results.reduce((n, r) => n + r.differences.filter((d) => d.includes('expected {')).length, 0),
    results,
  };
  if (options.output) fs.writeFileSync(options.output, `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(
    `${results.length} faults injected, ${failed.length} failed; slowest answers while down: read ${summary.worstDownMs.read} ms, ` +
      `keyed write ${summary.worstDownMs.keyedWrite} ms, /readyz ${summary.worstDownMs.readyz} ms; runs with a count difference: ` +
      `${results.filter((r) => r.differences.length > 0).length}\n`,
  );
  if (failed.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
