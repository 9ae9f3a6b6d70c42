/**
 * npm run bench -- [--quick] [--json] [--statements N] — the read benchmark. Loads a seeded graph
 * into a scratch embedded Neo4j, starts four servers on it in their own processes (the floor:
 * hand-written Cypher behind bare routes; the stack: the floor's queries behind Apollo Server with
 * our schema; ours: the GraphQL server as `npm start` runs it; the peer: @neo4j/graphql on Apollo
 * Server), checks that they answer each question alike, then drives each with autocannon from
 * this process at fixed concurrencies.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { loadConfig, PROJECT_ROOT } from '../config/config';
import { CypherRegistry } from '../db/cypher-registry';
import { createDriver } from '../db/driver';
import { EMBEDDED_NEO4J_VERSION, startEmbedded, stopEmbedded } from '../db/embedded-neo4j';
import { Graph } from '../db/graph';
import { migrate } from '../db/migrations';
import { createLogger } from '../logger';
import { ask, firstDifference, normaliseAnswer } from '../bench/answers';
import { waitUntilIdle } from '../bench/idle';
import { measureLoad, runSeconds, type LoadFigures } from '../bench/load';
import { startServer, stopServer, waitReady, type ServerProcess } from '../bench/processes';
import { buildQuestions, SERVERS, type ServerName } from '../bench/questions';
import { benchJson, benchTable, fullJson, ingestFromModule, type BenchRun, type IngestFigures, type QuestionResult } from '../bench/report';
import { deepCursors, pickSubjects } from '../bench/subjects';
import { loadSyntheticGraph } from '../bench/synthetic/load-synthetic-graph';
import { wholeNumber } from './whole-number';

interface Options {
  quick?: boolean;
  json?: boolean;
  statements?: number;
  seed: number;
  port: number;
  serverPort: number;
  seconds?: number;
  warmUp?: number;
  concurrency?: number[];
  oursDir: string;
  build: boolean;
  data: 'generate' | 'keep';
  keep?: boolean;
  output?: string;
  ingest: boolean;
}

const QUICK = { statements: 300, seconds: 2, warmUp: 1, concurrency: [10] };
const FULL = { statements: 10_000, seconds: 5, warmUp: 2, concurrency: [1, 10, 50] };
const PROBE_REQUESTS = 20;
const PROBE_CONNECTIONS = 4;
const SETTLE_MAX_MS = 120_000;
/** PolNeAR-size articles the --quick ingest measures; a full run takes all of them. */
const QUICK_INGEST_ARTICLES = 50;

async function run(options: Options): Promise<void> {
  const preset = options.quick ? QUICK : FULL;
  const statements = options.statements ?? preset.statements;
  const seconds = options.seconds ?? preset.seconds;
  const warmUpSeconds = options.warmUp ?? preset.warmUp;
  const concurrencies = options.concurrency ?? preset.concurrency;
  const log = (line: string) => process.stderr.write(`${line}\n`);

  const env = { ...process.env, NEO4J_URI: '', EMBEDDED_NEO4J_PORT: String(options.port), LOG_LEVEL: 'silent' };
  const config = loadConfig(env);
  const instance = path.join(config.embedded.dir, 'instances', String(options.port));

  if (options.build) {
    log(`Building ours in ${options.oursDir} (npm run build)…`);
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: options.oursDir, stdio: ['ignore', 'ignore', 'inherit'] });
  }

  if (options.data !== 'keep') {
    // A scratch database: whatever an earlier run left on this port goes first.
    await stopEmbedded(config.embedded);
    fs.rmSync(instance, { recursive: true, force: true });
  }
  const { pid } = await startEmbedded(config.embedded, log);
  const graph = new Graph(createDriver(config.neo4j), CypherRegistry.load(), config.neo4j.database);
  const servers: ServerProcess[] = [];
  try {
    await migrate(graph, createLogger('silent'));
    if (options.data !== 'keep') await loadData(graph, options, statements, log);
    const [count] = await graph.read('bench/count-statements');
    const loaded = Number(count?.statements ?? 0);
    const picked = await pickSubjects(graph);
    log(`${loaded} statements; hot speaker ${picked.hot.id} (${picked.hot.statements}), cold ${picked.cold.id} (${picked.cold.statements}), article ${picked.articleId}, search "${picked.searchText}"`);

    const launch = { neo4jUri: config.neo4j.uri, neo4jPassword: config.embedded.password, oursDir: options.oursDir };
    SERVERS.forEach((name, i) => servers.push(startServer(name, options.serverPort + i, launch)));
    await Promise.all(servers.map((server) => waitReady(server)));
    const urls = Object.fromEntries(servers.map((s) => [s.name, s.url])) as Record<ServerName, string>;
    const subjects = { ...picked, ...(await deepCursors(urls, picked)) };
    const questions = buildQuestions(subjects);

    const results: QuestionResult[] = [];
    const expected = new Map<string, string>();
    for (const question of questions) {
      const result: QuestionResult = { key: question.key, title: question.title, mismatches: {}, runs: {} };
      const answers = {} as Record<ServerName, unknown>;
      for (const server of SERVERS) {
        const unavailable = question.unavailable?.[server];
        if (unavailable) {
          result.mismatches[server] = unavailable;
          continue;
        }
        try {
          const { body, data } = await ask(urls[server], question.ask[server]);
          expected.set(`${question.key}/${server}`, body);
          answers[server] = normaliseAnswer(question.toOurShape[server](data));
        } catch (error) {
          result.mismatches[server] = `no answer: ${(error as Error).message}`;
        }
      }
      for (const server of SERVERS.filter((name) => name !== 'ours')) {
        if (result.mismatches[server] || result.mismatches.ours) continue;
        const difference = firstDifference(answers.ours, answers[server]);
        if (difference) result.mismatches[server] = `differs from ours at ${difference}`;
      }
      for (const [server, where] of Object.entries(result.mismatches)) log(`MISMATCH ${question.key} ${server}: ${where}`);
      if (Object.keys(result.mismatches).length === 0) log(`${question.key}: the four answers are equal (${JSON.stringify(answers.ours).length} characters)`);
      results.push(result);
    }

    // A first look, untimed: its latency sets how long a slow server must be driven for its
    // requests to finish (each run is warmed up again right before it is timed).
    const probes = new Map<string, LoadFigures>();
    for (const question of questions) {
      for (const server of SERVERS) {
        if (!expected.has(`${question.key}/${server}`)) continue;
        probes.set(`${question.key}/${server}`, await measureLoad(urls[server], question.ask[server], { connections: PROBE_CONNECTIONS, requests: PROBE_REQUESTS }));
        await settle(graph, log);
      }
    }

    for (const connections of concurrencies) {
      for (const [i, question] of questions.entries()) {
        const runs = ((results[i] as QuestionResult).runs[connections] ??= {});
        for (const server of SERVERS) {
          const expectBody = expected.get(`${question.key}/${server}`);
          if (expectBody === undefined) continue; // it could not answer at all; nothing to time
          const probe = probes.get(`${question.key}/${server}`);
          const duration = probe ? runSeconds(seconds, { p50: probe.p50, connections: PROBE_CONNECTIONS }, connections) : seconds;
          if (warmUpSeconds > 0) {
            // Untimed, at the timed concurrency: each server is timed warm (V8's optimising
            // tiers, compiled queries, Neo4j's plans), not while its first question warms it up.
            await measureLoad(urls[server], question.ask[server], { connections, seconds: warmUpSeconds });
            await settle(graph, log);
          }
          const serverPid = servers.find((s) => s.name === server)?.child.pid;
          const pids = serverPid === undefined ? undefined : { server: serverPid, neo4j: pid };
          const figures = await measureLoad(urls[server], question.ask[server], { connections, seconds: duration, expectBody, pids });
          runs[server] = figures;
          await settle(graph, log);
          const cpu = figures.cpuMs ? `, CPU ${figures.cpuMs.server ?? '–'} + Neo4j ${figures.cpuMs.neo4j ?? '–'} ms a request` : '';
          log(`${question.key} c=${connections} ${server}: ${figures.rps} req/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms${figures.errors ? `, ${figures.errors} errors` : ''}${cpu} (${duration} s)`);
        }
      }
    }

    const run: BenchRun = { statements: loaded, seed: options.seed, concurrencies, seconds, subjects, versions: versions(options.oursDir), questions: results };
    let ingest: IngestFigures | null = null;
    if (options.ingest) {
      log('Ingest throughput (src/bench/ingest-throughput.ts), after the read runs: it writes into this graph…');
      try {
        ingest = await ingestFromModule(graph, { articles: options.quick ? QUICK_INGEST_ARTICLES : undefined });
      } catch (error) {
        // The read figures are the run's main result; a failing ingest benchmark must not lose them.
        log(`The ingest benchmark failed (its figures stay null): ${(error as Error).message}`);
      }
    }
    if (options.output) fs.writeFileSync(options.output, `${JSON.stringify(fullJson(run, ingest), null, 2)}\n`);
    process.stdout.write(options.json ? `${JSON.stringify(benchJson(run, ingest), null, 2)}\n` : benchTable(run));
  } finally {
    await Promise.all(servers.map((server) => stopServer(server)));
    await graph.driver.close();
    if (options.keep) {
      log(`The benchmark database stays up on bolt://127.0.0.1:${options.port} (stop it with EMBEDDED_NEO4J_PORT=${options.port} npm run db:stop).`);
    } else {
      await stopEmbedded(config.embedded, pid);
      fs.rmSync(instance, { recursive: true, force: true });
    }
  }
}

/** Lets the queries of abandoned requests finish before the next run (see waitUntilIdle). */
async function settle(graph: Graph, log: (line: string) => void): Promise<void> {
  const waited = await waitUntilIdle(graph, SETTLE_MAX_MS);
  if (waited < 0) log(`(Neo4j was still busy ${SETTLE_MAX_MS / 1000} s after the run; the next run shares it)`);
}

/** The seeded synthetic graph of `npm run bench:data`, loaded through the ingest write path. */
async function loadData(graph: Graph, options: Options, statements: number, log: (line: string) => void): Promise<void> {
  log(`Loading ${statements} statements as npm run bench:data does (seed ${options.seed})…`);
  const load = await loadSyntheticGraph(graph, { statements, seed: options.seed });
  log(`Loaded ${load.statements} statements in ${load.articles} articles in ${load.seconds.toFixed(1)} s.`);
}

function versions(oursDir: string): Record<string, string> {
  const version = (pkg: string) => {
    try {
      return (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: oursDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    const stamp = path.join(oursDir, 'COMMIT');
    if (fs.existsSync(stamp)) commit = fs.readFileSync(stamp, 'utf8').trim();
  }
  return {
    node: process.version,
    neo4j: EMBEDDED_NEO4J_VERSION,
    ours: commit,
    '@neo4j/graphql': version('@neo4j/graphql'),
    '@apollo/server': version('@apollo/server'),
    'neo4j-driver': version('neo4j-driver'),
    autocannon: version('autocannon'),
  };
}

const concurrencyList = (value: string): number[] => {
  const list = value.split(',').map((part) => Number(part.trim()));
  if (list.some((n) => !Number.isInteger(n) || n < 1 || n > 500)) throw new Error('--concurrency: a comma-separated list of whole numbers from 1 to 500');
  return list;
};

const program = new Command('bench')
  .description('Read benchmark: floor (hand-written Cypher), ours (GraphQL) and peer (@neo4j/graphql) on the same seeded graph.')
  .option('--quick', `a smoke run: concurrency 10 only, ${QUICK.seconds} s per run, ${QUICK.statements} statements unless told`)
  .option('--json', 'print {"statements", "questions": {Q: {floor, stack, ours, peer}}, "ingest"} at concurrency 10')
  .option('--statements <n>', `statements to load (default ${FULL.statements}; --quick ${QUICK.statements})`, wholeNumber(10, 10_000_000))
  .option('--seed <n>', 'seed of the generated data', wholeNumber(0, 2 ** 31), 1)
  .option('--seconds <n>', `seconds per timed run (default ${FULL.seconds}; --quick ${QUICK.seconds})`, wholeNumber(1, 600))
  .option('--warm-up <n>', `seconds of untimed load before each timed run (default ${FULL.warmUp}; --quick ${QUICK.warmUp})`, wholeNumber(0, 600))
  .option('--concurrency <list>', 'concurrencies, e.g. 1,10,50', concurrencyList)
  .option('--port <n>', 'Bolt port of the scratch embedded Neo4j', wholeNumber(1024, 65535), 7841)
  .option('--server-port <n>', 'first of four HTTP ports (floor, stack, ours, peer)', wholeNumber(1024, 65532), 4841)
  .option('--ours-dir <dir>', 'the checkout whose dist/src/main.js is "ours" (another revision, for before/after)', PROJECT_ROOT)
  .option('--no-build', 'use ours\' existing build instead of running npm run build first')
  .addOption(new Option('--data <how>', 'where the data comes from; keep: reuse the database on --port as it is').choices(['generate', 'keep']).default('generate'))
  .option('--keep', 'leave the benchmark database running afterwards')
  .option('--output <file>', 'also write every figure (all concurrencies, versions, subjects) as JSON to this file')
  .option('--no-ingest', 'leave "ingest" null instead of running the ingest benchmark')
  .action(run)
  .showHelpAfterError();

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exit(1);
});
