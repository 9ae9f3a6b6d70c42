/**
 * npm run eval:graph -- DIR — ingests a PolNeAR split (DIR/text, with the metadata table beside
 * it) into a scratch embedded Neo4j through `npm run ingest`, exactly as a user would, then
 * reports what a researcher would see: pronoun speakers, junk actors, split persons, short
 * claims (with examples), the top speakers, and the articles' titles, dates and outlets.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig, PROJECT_ROOT } from '../config/config';
import { CypherRegistry } from '../db/cypher-registry';
import { createDriver } from '../db/driver';
import { startEmbedded, stopEmbedded } from '../db/embedded-neo4j';
import { Graph } from '../db/graph';
import { measureGraph, type GraphQuality, type QualityInput, type Share } from '../quality/graph-quality';
import { qualityRepository } from '../repositories/quality.repository';
import { wholeNumber } from './whole-number';

/** The issue's targets: the share each measure may reach on real news. */
const TARGETS: Record<keyof GraphQuality, { label: string; max: number }> = {
  pronounSpeakers: { label: 'statements whose speaker is a pronoun', max: 0.01 },
  junkActors: { label: 'actors that are no entity', max: 0.02 },
  splitPersons: { label: 'one-word persons beside a full name with that surname', max: 0.03 },
  shortClaims: { label: 'claims under three words', max: 0.02 },
};

const TOP = 15;

async function run(dir: string, options: { metadata?: string; port: number; keep?: boolean; json?: boolean }): Promise<void> {
  const texts = path.join(dir, 'text');
  if (!fs.existsSync(texts)) throw new Error(`${dir}: not a PolNeAR split (no text/ folder inside)`);
  const metadata = options.metadata ?? path.join(dir, '..', 'metadata.tsv');
  const env = { ...process.env, NEO4J_URI: '', EMBEDDED_NEO4J_PORT: String(options.port), LOG_LEVEL: 'silent' };
  const config = loadConfig(env);
  const instance = path.join(config.embedded.dir, 'instances', String(options.port));
  const log = (line: string) => process.stderr.write(`${line}\n`);

  // A scratch database: whatever an earlier run left on this port goes first.
  await stopEmbedded(config.embedded);
  fs.rmSync(instance, { recursive: true, force: true });
  const { pid } = await startEmbedded(config.embedded, log);
  try {
    // `npm run ingest` as a user runs it: compiled, through the project's launcher.
    const args = [path.join(PROJECT_ROOT, 'scripts', 'run-compiled.cjs'), 'ingest', '--no-progress', ...(fs.existsSync(metadata) ? ['--metadata', metadata] : []), texts];
    const ingest = spawnSync(process.execPath, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stderr.write(ingest.stdout);
    if (ingest.status !== 0 && ingest.status !== 1) throw new Error(`ingest exited with ${ingest.status ?? ingest.signal}`);

    const graph = new Graph(createDriver(config.neo4j), CypherRegistry.load(), config.neo4j.database);
    let input: QualityInput;
    try {
      input = await qualityRepository.read(graph);
    } finally {
      await graph.driver.close();
    }
    const quality = measureGraph(input);
    process.stdout.write(options.json ? `${JSON.stringify({ quality, articles: input.articles }, null, 2)}\n` : report(quality, input));
  } finally {
    if (options.keep) {
      log(`The scratch database stays up on bolt://127.0.0.1:${options.port} (stop it with EMBEDDED_NEO4J_PORT=${options.port} npm run db:stop).`);
    } else {
      await stopEmbedded(config.embedded, pid);
      fs.rmSync(instance, { recursive: true, force: true });
    }
  }
}

function report(quality: GraphQuality, input: QualityInput): string {
  const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`);
  const line = (key: keyof GraphQuality, share: Share) => {
    const { label, max } = TARGETS[key];
    const met = share.of === 0 || share.count / share.of <= max ? 'met' : 'NOT MET';
    const examples = share.examples.length > 0 ? `\n    e.g. ${share.examples.join(' · ')}` : '';
    return `${label}: ${share.count} of ${share.of} = ${pct(share.count, share.of)} (target ≤ ${max * 100} %: ${met})${examples}`;
  };
  const a = input.articles;
  const speakers = input.speakers
    .filter((s) => s.name !== null)
    .sort((x, y) => y.statements - x.statements)
    .slice(0, TOP)
    .map((s) => `${s.name} (${s.type}, ${s.statements})`);
  const byType = new Map<string, number>();
  for (const actor of input.actors) byType.set(actor.type, (byType.get(actor.type) ?? 0) + 1);
  const unattributed = input.speakers.find((s) => s.name === null)?.statements ?? 0;
  return [
    ...(Object.keys(TARGETS) as Array<keyof GraphQuality>).map((key) => line(key, quality[key])),
    '',
    `articles: ${a.count}, ${a.titled} with a title, ${a.dated} with a date (${a.firstDate ?? '–'} … ${a.lastDate ?? '–'})`,
    `outlets: ${a.outlets.sort().join(', ') || '–'}`,
    `actors: ${[...byType].map(([type, n]) => `${n} ${type}`).join(', ')}`,
    `statements without a speaker: ${unattributed}`,
    `top speakers: ${speakers.join(' · ')}`,
    '',
  ].join('\n');
}

const program = new Command('eval-graph')
  .description('Ingest a PolNeAR split with its metadata into a scratch database and measure the graph a researcher would see.')
  .argument('<dir>', 'a PolNeAR split folder, e.g. ../shared/datasets/polnear/dev')
  .option('--metadata <file>', 'metadata table (default: DIR/../metadata.tsv when it exists)')
  .option('--port <n>', 'Bolt port of the scratch embedded Neo4j', wholeNumber(1024, 65535), 7697)
  .option('--keep', 'leave the scratch database running afterwards, to query it')
  .option('--json', 'print the figures as JSON')
  .action(run)
  .showHelpAfterError();

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`eval-graph: ${(error as Error).message}\n`);
  process.exit(1);
});
