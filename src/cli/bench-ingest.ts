/**
 * npm run bench:ingest — articles per second from text to graph against extraction alone
 * (`measureIngestThroughput`), into the database NEO4J_URI / EMBEDDED_NEO4J_PORT names: use a
 * scratch one, the run adds its articles to it.
 */
import { Command } from 'commander';
import { measureIngestThroughput } from '../bench/ingest-throughput';
import { loadConfig } from '../config/config';
import { defaultPoolSize } from '../ingest/extraction-pool';
import { openGraphForCli } from './open-graph';
import { wholeNumber } from './whole-number';

async function main(): Promise<void> {
  const program = new Command('bench-ingest')
    .description('Measure ingest end to end (articles/s) against extraction alone on PolNeAR texts, into a scratch database.')
    .option('--articles <n>', 'articles to ingest (PolNeAR train and dev, repeated beyond 924)', wholeNumber(1), 924)
    .option('--threads <n>', 'extraction threads', wholeNumber(0, 64), defaultPoolSize())
    .option('--batch <n>', 'the most articles one transaction writes', wholeNumber(1, 1000), 100)
    .option('--json', 'print the figures as JSON')
    .parse();
  const options = program.opts<{ articles: number; threads: number; batch: number; json?: boolean }>();
  const { graph, close } = await openGraphForCli(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  try {
    const result = await measureIngestThroughput(graph, options);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } else {
      process.stdout.write(
        `${result.articles} articles in ${result.seconds.toFixed(2)} s (${result.failed} failed), ${options.threads} extraction threads\n` +
          `end to end: ${result.endToEnd.toFixed(0)} articles/s; extraction alone: ${result.extractionOnly.toFixed(0)} articles/s ` +
          `(${((100 * result.endToEnd) / result.extractionOnly).toFixed(0)} %)\n`,
      );
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
