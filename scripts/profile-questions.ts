/**
 * What each benchmark question asks of Neo4j, ours against the floor: serves ours in this process
 * on the benchmark database, asks it each question of src/bench/questions.ts once (as the
 * benchmark's subjects pick them), records every registry query a request runs with its
 * parameters, then PROFILEs each (plan cached first) and does the same for the floor's query.
 *   npx tsx scripts/profile-questions.ts <bolt port> <http port>
 * Prints one line per question and server: round trips, db hits, rows, values returned (every
 * leaf of the answer: a property, a list entry) and the answer's size as JSON.
 */
import 'reflect-metadata';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config/config';
import { CypherRegistry } from '../src/db/cypher-registry';
import { createDriver } from '../src/db/driver';
import { Graph, type Params } from '../src/db/graph';
import { Migrator } from '../src/db/migrator';
import { extractArticle } from '../src/extraction/pipeline';
import { createLogger } from '../src/logger';
import { createApp } from '../src/server/app';
import { buildQuestions, cursorWalk, DEEP_PAGE, endCursorOf, PAGE_SIZE } from '../src/bench/questions';
import { pickSubjects } from '../src/bench/subjects';

interface Plan {
  rows: number;
  dbHits: number;
  children: Plan[];
}

interface Call {
  name: string;
  params: Params;
}

/** The floor's query and parameters for each question (src/bench/floor-server.ts). */
function floorCall(key: string, subjects: Awaited<ReturnType<typeof pickSubjects>>, floorDeepKey: string): Call {
  switch (key) {
    case 'Q1':
      return { name: 'bench/floor-article', params: { id: subjects.articleId, limit: 5 } };
    case 'Q2-hot':
      return { name: 'bench/floor-speaker-statements', params: { speakerId: subjects.hot.id, after: '', limit: 20 } };
    case 'Q2-cold':
      return { name: 'bench/floor-speaker-statements', params: { speakerId: subjects.cold.id, after: '', limit: 20 } };
    case 'Q3-hot':
      return { name: 'bench/floor-speaker-statements-claims', params: { speakerId: subjects.hot.id, limit: 20 } };
    case 'Q3-cold':
      return { name: 'bench/floor-speaker-statements-claims', params: { speakerId: subjects.cold.id, limit: 20 } };
    case 'Q4':
      return { name: 'bench/floor-who-said', params: { query: subjects.searchText, limit: 10 } };
    case 'Q5':
      return { name: 'bench/floor-count-speaker-kind', params: { speakerId: subjects.hot.id, kind: 'DIRECT' } };
    default:
      return { name: 'bench/floor-speaker-statements', params: { speakerId: subjects.hot.id, after: floorDeepKey, limit: 20 } };
  }
}

function leaves(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + leaves(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + leaves(v), 0);
  return 1;
}

function cypherParams(params: Params): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, v === undefined ? null : typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v]),
  );
}

async function main(): Promise<void> {
  const [boltPort, httpPort] = process.argv.slice(2);
  if (!boltPort || !httpPort) throw new Error('usage: profile-questions.ts <bolt port> <http port>');
  process.env.NODE_ENV = 'production';
  const config = loadConfig({ ...process.env, NEO4J_URI: '', EMBEDDED_NEO4J_PORT: boltPort, PORT: httpPort, READ_ACCESS: 'open', RATE_LIMIT_READS: '0', RATE_LIMIT_WRITES: '0', LOG_LEVEL: 'silent' });
  const driver = createDriver(config.neo4j);
  const registry = CypherRegistry.load();
  const graph = new Graph(driver, registry);
  const logger = createLogger('silent');
  const migrator = new Migrator(graph, logger);
  migrator.ensure();

  let calls: Call[] = [];
  const read = Graph.prototype.read;
  Graph.prototype.read = function (this: Graph, name: string, params: Params = {}) {
    calls.push({ name, params });
    return read.call(this, name, params);
  };

  const { httpServer, apollo } = await createApp({ config, graph, migrator, logger, extract: extractArticle });
  await new Promise<void>((resolve) => httpServer.listen(Number(httpPort), '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${httpPort}`;
  const post = async (body: string | undefined) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await response.json()) as { data: unknown; errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };

  const session = driver.session({ defaultAccessMode: 'READ' });
  const profile = async ({ name, params }: Call) => {
    const text = registry.get(name);
    await session.run(`PROFILE ${text}`, cypherParams(params));
    const result = await session.run(`PROFILE ${text}`, cypherParams(params));
    let dbHits = 0;
    const walk = (plan: Plan) => {
      dbHits += plan.dbHits;
      plan.children.forEach(walk);
    };
    walk(result.summary.profile as unknown as Plan);
    const records = result.records.map((r) => r.toObject());
    // The parameters Graph sends: those the query reads, where the registry knows them.
    const used = (registry as { parameters?: (name: string) => ReadonlySet<string> }).parameters?.(name);
    const sent = used ? Object.keys(params).filter((key) => used.has(key)).length : Object.keys(params).length;
    return { dbHits, rows: records.length, values: leaves(records), bytes: Buffer.byteLength(JSON.stringify(records)), textBytes: Buffer.byteLength(text), params: sent };
  };

  try {
    calls = [];
    const subjects = await pickSubjects(graph);
    const skip = (subjects.deepPage - 1) * PAGE_SIZE;
    let oursDeep: string | null = null;
    for (let seen = 0; seen < skip; seen += 100) {
      const ask = cursorWalk('ours', subjects.hot.id, Math.min(100, skip - seen), oursDeep);
      oursDeep = endCursorOf('ours', await post(ask.body));
    }
    const [floorRow] = skip ? await graph.read('bench/floor-statement-at-offset', { speakerId: subjects.hot.id, offset: skip - 1 }) : [];
    const floorDeepKey = (floorRow?.sortKey as string | undefined) ?? '';
    const questions = buildQuestions({ ...subjects, deepCursors: { floor: floorDeepKey, stack: floorDeepKey, ours: oursDeep, peer: null }, deepCursorErrors: {} });
    process.stdout.write(`hot ${subjects.hot.id} (${subjects.hot.statements}), cold ${subjects.cold.id} (${subjects.cold.statements}), deep page ${DEEP_PAGE}\n`);
    process.stdout.write('question  server  trips  db hits  rows  values  bytes  text bytes  params  queries\n');
    for (const question of questions) {
      calls = [];
      await post(question.ask.ours.body);
      const ours = calls;
      const sum = { dbHits: 0, rows: 0, values: 0, bytes: 0, textBytes: 0, params: 0 };
      for (const call of ours) {
        const p = await profile(call);
        for (const k of Object.keys(sum) as Array<keyof typeof sum>) sum[k] += p[k];
      }
      const floor = await profile(floorCall(question.key, subjects, floorDeepKey));
      const line = (server: string, trips: number, f: typeof sum, names: string) =>
        `${question.key.padEnd(8)}  ${server.padEnd(5)}  ${String(trips).padStart(5)}  ${String(f.dbHits).padStart(7)}  ${String(f.rows).padStart(4)}  ${String(f.values).padStart(6)}  ${String(f.bytes).padStart(5)}  ${String(f.textBytes).padStart(10)}  ${String(f.params).padStart(6)}  ${names}\n`;
      process.stdout.write(line('floor', 1, floor, floorCall(question.key, subjects, floorDeepKey).name));
      process.stdout.write(line('ours', ours.length, sum, ours.map((c) => c.name).join(', ')));
      if (process.env.PROFILE_QUESTIONS_DUMP) for (const call of ours) process.stdout.write(`  ${call.name} ${JSON.stringify(call.params)}\n`);
    }
  } finally {
    Graph.prototype.read = read;
    await session.close();
    migrator.stop();
    await apollo.stop();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
