/**
 * npm run bench:data -- --statements N [--seed S] [--port P]: loads a synthetic graph of N
 * statements (Zipf speakers, ~200 outlets, ~5 statements per article, shared claims, chains,
 * counterclaims, rebuttals) into the database NEO4J_URI or EMBEDDED_NEO4J_PORT names, migrated
 * first, for the read benchmark. The same seed gives the same graph.
 */
import { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { loadSyntheticGraph } from '../bench/synthetic/load-synthetic-graph';
import { loadConfig } from '../config/config';
import { openGraphForCli } from './open-graph';
import { wholeNumber } from './whole-number';

async function main(): Promise<void> {
  const program = new Command('bench-data')
    .description('Load a seeded synthetic graph for benchmarks into a scratch database (it adds to what is there).')
    .requiredOption('--statements <n>', 'statements to generate (10000, 100000, 1000000 …)', wholeNumber(1))
    .option('--seed <s>', 'seed: the same seed gives the same graph', wholeNumber(0), 1)
    .option('--port <p>', 'the embedded Neo4j\'s Bolt port (EMBEDDED_NEO4J_PORT)', wholeNumber(1, 65535))
    .option('--no-progress', 'no progress bar')
    .parse();
  const options = program.opts<{ statements: number; seed: number; port?: number; progress: boolean }>();
  if (options.port) process.env.EMBEDDED_NEO4J_PORT = String(options.port);
  // A million statements are loaded in transactions of ~2,500; a larger heap keeps Neo4j's page
  // cache and transaction state from crowding each other when this command starts the database.
  process.env.EMBEDDED_NEO4J_HEAP ??= '2g';
  const { graph, close } = await openGraphForCli(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  const bar = new SingleBar(
    { format: 'bench:data [{bar}] {value}/{total} statements | {eta_formatted} left', etaBuffer: 20, stream: process.stderr },
    Presets.shades_classic,
  );
  const showBar = options.progress && process.stderr.isTTY;
  if (showBar) bar.start(options.statements, 0);
  try {
    const load = await loadSyntheticGraph(graph, {
      statements: options.statements,
      seed: options.seed,
      progress: (done) => (showBar ? bar.update(done) : undefined),
    });
    if (showBar) bar.stop();
    process.stdout.write(
      `${load.statements} statements in ${load.articles} articles, seed ${options.seed}, in ${load.seconds.toFixed(1)} s ` +
        `(${(load.statements / load.seconds).toFixed(0)} statements/s)\n`,
    );
  } finally {
    if (showBar) bar.stop();
    await close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
