/**
 * npm run bench:ingest — articles per second from text to graph against extraction alone
 * (`measureIngestThroughput`), into the database NEO4J_URI / EMBEDDED_NEO4J_PORT names: use a
 * scratch one, the run adds its articles to it. PolNeAR's texts by default; with `--synthetic N`,
 * the news that follows the synthetic graph `npm run bench:data -- --statements N` loaded there.
 */
import { Command, Option } from 'commander';
import { measureIngestFloor, type IngestFloor } from '../bench/ingest-floor';
import type { IngestProfile } from '../bench/ingest-profile';
import { datedTexts, measureIngestThroughput, polnearTexts, type IngestThroughput } from '../bench/ingest-throughput';
import { syntheticFollowUpTexts } from '../bench/synthetic/follow-up-texts';
import { loadConfig } from '../config/config';
import { extractArticle } from '../extraction/pipeline';
import { defaultPoolSize } from '../ingest/extraction-pool';
import { openGraphForCli } from './open-graph';
import { wholeNumber } from './whole-number';

/** Articles a --synthetic run ingests unless --articles says: enough for a steady rate, few enough to leave the graph's size as it was. */
const SYNTHETIC_ARTICLES = 200;

async function main(): Promise<void> {
  const program = new Command('bench-ingest')
    .description('Measure ingest end to end (articles/s) against extraction alone on PolNeAR texts, into a scratch database.')
    .option('--articles <n>', 'articles to ingest (the split\'s texts, repeated beyond its size: 924 for both, 84 for dev; 200 with --synthetic)', wholeNumber(1))
    .addOption(new Option('--split <name>', 'PolNeAR split to ingest (both: train then dev)').choices(['train', 'dev', 'both']).default('both'))
    .option('--threads <n>', 'extraction threads', wholeNumber(0, 64), defaultPoolSize())
    .option('--batch <n>', 'the most articles one transaction writes', wholeNumber(1, 1000), 100)
    .option('--concurrency <n>', 'transactions written at once (as `npm run ingest --concurrency`)', wholeNumber(1, 64), 1)
    .option('--profile', 'also print where the writing time went: per Cypher file, Node work between round trips, commits')
    .option('--floor', 'then write the same articles with one hand-written query per batch (cypher/bench/floor-ingest.cypher): what Neo4j\'s writes alone cost')
    .option(
      '--synthetic <statements>',
      'instead of PolNeAR, ingest articles that follow the synthetic graph of this many statements, which `npm run bench:data` must have loaded into the database (200 articles unless --articles says)',
      wholeNumber(1),
    )
    .option('--seed <s>', 'with --synthetic: the seed bench:data loaded the graph with', wholeNumber(0), 1)
    .option('--json', 'print the figures as JSON')
    .parse();
  const options = program.opts<Options>();
  const { graph, neo4jPid, close } = await openGraphForCli(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  try {
    const texts = textsToIngest(options);
    const result = await measureIngestThroughput(graph, { ...options, texts: texts(), neo4jPid });
    const floor = options.floor ? await measureIngestFloor(graph, texts().map((text) => ({ text, extraction: extractArticle(text) })), { batch: options.batch, neo4jPid }) : undefined;
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ ...result, ...(floor ? { floor } : {}) })}\n`);
    } else {
      process.stdout.write(
        `${result.articles} articles in ${result.seconds.toFixed(2)} s (${result.failed} failed), ${options.threads} extraction threads\n` +
          `end to end: ${result.endToEnd.toFixed(0)} articles/s; extraction alone: ${result.extractionOnly.toFixed(0)} articles/s ` +
          `(${((100 * result.endToEnd) / result.extractionOnly).toFixed(0)} %)\n` +
          cpuLine(result),
      );
      if (result.profile) process.stdout.write(profileTable(result.profile, result.seconds));
      if (floor) process.stdout.write(floorLine(floor));
    }
  } finally {
    await close();
  }
}

interface Options {
  articles?: number;
  threads: number;
  batch: number;
  concurrency: number;
  split: string;
  synthetic?: number;
  seed: number;
  profile?: boolean;
  floor?: boolean;
  json?: boolean;
}

/** Makes the run's texts, new ones each time it is called: the floor writes its own copy beside ingest's. */
function textsToIngest(options: Options): () => string[] {
  if (options.synthetic !== undefined) {
    const { synthetic, seed } = options;
    return () => syntheticFollowUpTexts(synthetic, seed, options.articles ?? SYNTHETIC_ARTICLES);
  }
  const texts = polnearTexts(options.split === 'both' ? ['train', 'dev'] : [options.split]);
  return () => datedTexts(texts, options.articles);
}

/** The run's CPU, per article too: what two builds compare by on a machine whose speed drifts. */
function cpuLine({ cpu, articles }: IngestThroughput): string {
  const perArticle = (seconds: number) => `${((1000 * seconds) / articles).toFixed(1)} ms an article`;
  const neo4j = cpu.neo4j === null ? 'Neo4j not measured (not the embedded one)' : `Neo4j ${cpu.neo4j.toFixed(1)} s (${perArticle(cpu.neo4j)})`;
  return `CPU: this process ${cpu.node.toFixed(1)} s (${perArticle(cpu.node)}), ${neo4j}\n`;
}

/** The floor's writes, beside which ingest's are read. */
function floorLine({ articles, seconds, neo4jCpu }: IngestFloor): string {
  const neo4j = neo4jCpu === null ? '' : `, Neo4j ${neo4jCpu.toFixed(1)} s (${((1000 * neo4jCpu) / articles).toFixed(1)} ms an article)`;
  return `floor (the same articles, one hand-written query per batch, extraction not timed): ${seconds.toFixed(2)} s of writing, ${(articles / seconds).toFixed(0)} articles/s${neo4j}\n`;
}

/** The profile as a table, the costliest stage first. */
function profileTable(profile: IngestProfile, seconds: number): string {
  const rows: Array<[string, number, string]> = [
    ...Object.entries(profile.queries).map(([name, q]): [string, number, string] => [name, q.seconds, `${q.runs} runs`]),
    ['(Node work inside transactions: planning, resolution)', profile.nodeSeconds, ''],
    ['(commits)', profile.commitSeconds, ''],
    ['(sessions and BEGIN)', profile.beginSeconds, ''],
    ['(outside write transactions: waiting for extraction and the read ahead)', seconds - profile.transactionSeconds, ''],
  ];
  rows.sort((a, b) => b[1] - a[1]);
  const lines = [
    `${profile.transactions} transactions, ${profile.transactionSeconds.toFixed(2)} s inside them; read ahead beside them ${profile.readAheadSeconds.toFixed(2)} s`,
  ];
  for (const [name, s, note] of rows) lines.push(`  ${s.toFixed(3).padStart(8)} s  ${name}${note ? ` (${note})` : ''}`);
  return `${lines.join('\n')}\n`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
