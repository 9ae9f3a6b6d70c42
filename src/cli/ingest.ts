import { Command } from 'commander';
import { readEnvFile } from '../config/env-file';
import os from 'node:os';
import { ConfigError, loadConfig } from '../config/config';
import { EmbeddedNeo4jError } from '../db/embedded-neo4j';
import { extractArticle } from '../extraction/pipeline';
import { Role } from '../model/enums';
import { createServices } from '../services/services';
import { ExtractionPool, defaultPoolSize } from '../ingest/extraction-pool';
import type { IngestOutcome } from '../services/ingest.service';
import { listArticleFiles, readArticles, type ArticleSource } from './article-files';
import { MetadataTableError, metadataFor, readMetadataTable } from './article-metadata';
import { openGraphForCli } from './open-graph';
import { ingestProgressBar } from './progress-bar';
import { wholeNumber } from './whole-number';

// Settings from .env first, as the server reads them (the real environment wins).
readEnvFile();

/**
 * `npm run ingest -- [--metadata FILE] PATH...`: extracts and stores every article under the
 * paths, with its title, date, publisher and author from the table or its .jsonl line. Worker
 * threads extract while the database writes; the articles extracted by the time a transaction
 * starts go in it together. Each article is still all or nothing: a batch that fails is retried
 * article by article, and a failure is reported with its file and line without stopping the
 * rest. Re-running is safe: stored texts are UNCHANGED.
 */
const program = new Command('ingest')
  .description('Extract who-said-what from .txt, .md and .jsonl articles and store them in the graph.')
  .argument('<paths...>', 'files or folders (walked for .txt, .md and .jsonl)')
  .option('--concurrency <n>', 'transactions written at once', wholeNumber(1, 64), 1)
  .option('--batch <n>', 'the most articles one transaction writes', wholeNumber(1, 1000), 100)
  .option('--threads <n>', 'extraction threads', wholeNumber(0, 64), defaultPoolSize())
  .option('--metadata <file>', 'a CSV or TSV table of title, date, publisher, author and URL by article file name')
  .option('--outlet <name>', 'the outlet that published articles whose metadata names none')
  .option('--no-progress', 'no progress bar (it is also off when stderr is not a terminal)')
  .addHelpText(
    'after',
    [
      '',
      'A .jsonl line: {"text": "…", "url": "…", "title": "…", "publishedAt": "2024-05-23", "outlet": "UNN", "author": "…", "language": "en"}',
      '  ("date" is read as "publishedAt", "publisher" as "outlet").',
      '--metadata: a header line, then one row per article. The file-name column (filename, file or name) holds',
      '  the article file\'s name with or without its extension; the others are title, publishedAt or',
      '  publication_date or date, outlet or publisher, author, url. Delimiter: by extension (.csv, .tsv) or a',
      '  tab in the header. Rows naming no file given are ignored. PolNeAR\'s metadata.tsv works as it is.',
      'The table, then --outlet, win over what the text says (a leading "date" line, "UNN reports").',
    ].join('\n'),
  )
  .action(run)
  .showHelpAfterError();

interface Summary {
  created: number;
  unchanged: number;
  failed: Array<{ source: string; error: string }>;
  statements: number;
  claims: number;
  newClaims: number;
  newActors: number;
}

interface Options {
  concurrency: number;
  batch: number;
  threads: number;
  metadata?: string;
  outlet?: string;
  progress: boolean;
}

async function run(paths: string[], options: Options): Promise<void> {
  // Read before the database starts, so a bad table or path fails in a second, not after Neo4j's start.
  const table = options.metadata ? readMetadataTable(options.metadata) : undefined;
  const files = listArticleFiles(paths);
  const sources: ArticleSource[] = files.flatMap((file) => readArticles(file, table));
  const pool = new ExtractionPool(options.threads);
  // Extraction needs no database: the threads start while Neo4j starts.
  if (options.threads > 0) {
    pool.prefetch(sources.flatMap((item) => ('error' in item || item.article.statements?.length || item.article.actors?.length ? [] : [item.article.text])));
  }
  const principal = { keyId: 'cli', name: `cli:${os.userInfo().username}`, role: Role.EDITOR };
  const config = loadConfig();
  const { graph, close } = await openGraphForCli(config, (line) => process.stderr.write(`${line}\n`));
  const services = createServices(graph, { maxArticleBytes: config.maxArticleBytes, extract: extractArticle });
  let unavailable = 0;
  const summary: Summary = { created: 0, unchanged: 0, failed: [], statements: 0, claims: 0, newClaims: 0, newActors: 0 };
  const bar = ingestProgressBar();
  const showBar = options.progress && process.stderr.isTTY;
  if (showBar) bar.start(sources.length, 0);

  const record = (outcome: IngestOutcome) => {
    if (outcome.created) summary.created++;
    else summary.unchanged++;
    summary.statements += outcome.statements;
    summary.claims += outcome.claims;
    summary.newClaims += outcome.newClaims;
    summary.newActors += outcome.newActors;
  };
  const inputs = sources.map((item) =>
    'error' in item ? new Error(item.error) : { ...item.article, outlet: item.article.outlet ?? options.outlet ?? null },
  );
  const started = process.hrtime.bigint();
  let stop: Awaited<ReturnType<typeof services.ingest.ingestMany>> = { notAttempted: 0 };
  try {
    stop = await services.ingest.ingestMany(inputs, principal, {
      pool,
      batch: options.batch,
      concurrency: options.concurrency,
      onResult: (i, result) => {
        if (result.ok) record(result.outcome);
        else if (result.error === stop.stoppedBy || /unavailable/i.test(result.error.message)) unavailable++;
        else summary.failed.push({ source: (sources[i] as ArticleSource).source, error: result.error.message });
        if (showBar) bar.increment();
      },
    });
  } finally {
    if (showBar) bar.stop();
    await pool.close();
    await close();
  }

  if (stop.stoppedBy) {
    // One clear line instead of a failure per article: they all failed for the same reason.
    process.stderr.write(
      `${stop.stoppedBy.message}\n` +
        `Stopped: ${summary.created + summary.unchanged} articles stored whole, ${unavailable + stop.notAttempted} not stored ` +
        `(each article is written all or nothing). Run the same command again once Neo4j answers: stored articles come back unchanged.\n`,
    );
    process.exitCode = 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  for (const failure of summary.failed) process.stderr.write(`failed: ${failure.source}: ${failure.error}\n`);
  process.stdout.write(
    `articles: ${summary.created} new, ${summary.unchanged} unchanged, ${summary.failed.length} failed\n` +
      `statements: ${summary.statements}; claims: ${summary.claims} (${summary.newClaims} new); new actors: ${summary.newActors}\n` +
      `time: ${seconds.toFixed(2)} s for ${sources.length} articles (${(sources.length / seconds).toFixed(0)} articles/s), Neo4j's start excluded\n`,
  );
  // A table whose names match none of the files (another split, names mangled) is otherwise silent.
  if (table && options.metadata) {
    const described = files.filter((file) => metadataFor(table, file)).length;
    process.stdout.write(`metadata: ${described} of ${files.length} files named in ${options.metadata}\n`);
  }
  if (summary.failed.length > 0) process.exitCode = 1;
}

program.parseAsync().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof EmbeddedNeo4jError || error instanceof MetadataTableError;
  process.stderr.write(`${known ? (error as Error).message : String(error)}\n`);
  process.exit(1);
});
