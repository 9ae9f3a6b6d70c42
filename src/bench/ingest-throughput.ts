import fs from 'node:fs';
import path from 'node:path';
import type { Graph } from '../db/graph';
import { extractArticle } from '../extraction/pipeline';
import { defaultPolnearDir } from '../extraction/polnear';
import { ExtractionPool, defaultPoolSize } from '../ingest/extraction-pool';
import { IngestService } from '../services/ingest.service';
import { profiledGraph, type IngestProfile } from './ingest-profile';
import { cpuSecondsOf } from './process-cpu';

export interface IngestThroughput {
  articles: number;
  /** Articles per second from text to committed graph: extraction on the pool's threads feeding batched writes. */
  endToEnd: number;
  /** Articles per second of the same extraction alone, on the same threads, writing nothing. */
  extractionOnly: number;
  /** Seconds of the end-to-end run. */
  seconds: number;
  failed: number;
  /** Where the end-to-end run's time went, when asked for (`profile`). */
  profile?: IngestProfile;
  /**
   * CPU seconds the end-to-end run took: this process (extraction threads included) and, when its
   * pid was given, Neo4j's (null where /proc cannot say). Unlike `seconds`, these hardly move with
   * what else the machine runs, so two builds compare by them.
   */
  cpu: { node: number; neo4j: number | null };
}

export interface IngestThroughputOptions {
  /** How many articles (PolNeAR's train and dev texts, repeated if more are asked for); all of them by default. */
  articles?: number;
  /** Texts to ingest, as they are, instead of PolNeAR's: each must be new to the graph (see `datedTexts`). */
  texts?: string[];
  threads?: number;
  batch?: number;
  /** Transactions written at once; 1 by default. */
  concurrency?: number;
  /** Time every transaction stage by stage (`IngestThroughput.profile`). */
  profile?: boolean;
  /** The Neo4j server's process, when it runs on this machine: its CPU is counted too. */
  neo4jPid?: number;
}

/**
 * Measures ingest end to end against extraction alone, for `npm run bench`. It writes into the
 * graph it is given, which should be a scratch database: every run stores its articles anew (each
 * text gets a leading `date` line of its own run, so no text is UNCHANGED from an earlier run).
 * Both figures are taken after one untimed extraction pass over the texts, so neither pays for
 * the threads' start and the JIT's warm-up and the other not.
 */
export async function measureIngestThroughput(graph: Graph, options: IngestThroughputOptions = {}): Promise<IngestThroughput> {
  const texts = options.texts ?? datedTexts(polnearTexts(), options.articles);
  const pool = new ExtractionPool(options.threads ?? defaultPoolSize());
  try {
    await Promise.all(texts.map((text) => pool.extract(text)));
    const extractStart = process.hrtime.bigint();
    await Promise.all(texts.map((text) => pool.extract(text)));
    const extractionSeconds = secondsSince(extractStart);

    const profiled = options.profile ? profiledGraph(graph) : undefined;
    const service = new IngestService(profiled?.graph ?? graph, { maxArticleBytes: Number.MAX_SAFE_INTEGER, extract: extractArticle });
    let failed = 0;
    const neo4jCpu = () => (options.neo4jPid === undefined ? null : cpuSecondsOf(options.neo4jPid));
    const neo4jBefore = neo4jCpu();
    const nodeBefore = process.cpuUsage();
    const start = process.hrtime.bigint();
    await service.ingestMany(
      texts.map((text) => ({ text })),
      null,
      { pool, batch: options.batch ?? 100, concurrency: options.concurrency ?? 1, onResult: (_, result) => void (result.ok || failed++) },
    );
    const seconds = secondsSince(start);
    const node = process.cpuUsage(nodeBefore);
    const neo4jAfter = neo4jCpu();
    return {
      articles: texts.length,
      endToEnd: texts.length / seconds,
      extractionOnly: texts.length / extractionSeconds,
      seconds,
      failed,
      ...(profiled ? { profile: profiled.profile } : {}),
      cpu: { node: (node.user + node.system) / 1e6, neo4j: neo4jBefore === null || neo4jAfter === null ? null : neo4jAfter - neo4jBefore },
    };
  } finally {
    await pool.close();
  }
}

/** PolNeAR's train and dev texts (924 articles, about 4,900 characters each; dev alone 84), read from ../shared. */
export function polnearTexts(splits: readonly string[] = ['train', 'dev']): string[] {
  return splits.flatMap((split) => {
    const dir = path.join(defaultPolnearDir(), split, 'text');
    return fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => fs.readFileSync(path.join(dir, file), 'utf8'));
  });
}

/** `count` texts, each dated by a day of this run (and of its repetition) so that none repeats another's. */
export function datedTexts(texts: string[], count = texts.length): string[] {
  if (texts.length === 0) throw new Error('no texts to ingest');
  const firstDay = Date.UTC(1900, 0, 1) + Math.floor(Math.random() * 150 * 365) * 86_400_000;
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(firstDay + Math.floor(i / texts.length) * 86_400_000).toISOString().slice(0, 10);
    return `date ${day}\n${texts[i % texts.length] as string}`;
  });
}

function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}
