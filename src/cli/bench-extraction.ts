/**
 * npm run bench:extraction — articles per second of the whole extraction (span tagger and
 * interpreter, as ingest runs it) in one process over the dev texts (or given files), several
 * passes, median reported; each stage is also timed alone, to show where the time goes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { extractAttributions } from '../extraction/attribution';
import { interpretAttributions } from '../extraction/interpretation';
import { extractArticle } from '../extraction/pipeline';
import { defaultPolnearDir } from '../extraction/polnear';

function textsOf(args: string[]): string[] {
  const inputs = args.length ? args : [path.join(defaultPolnearDir(), 'dev', 'text')];
  return inputs.flatMap((p) =>
    fs.statSync(p).isDirectory()
      ? fs.readdirSync(p).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(p, f), 'utf8'))
      : [fs.readFileSync(p, 'utf8')],
  );
}

interface Rate {
  /** Articles per second of wall-clock time: what a user waits for. */
  wall: number;
  /** Articles per second of this process's own CPU time: steadier on a shared machine. */
  cpu: number;
}

/** Rates of `work` over the texts: one warm-up pass, then the median of `passes` for each clock. */
function medianRate(texts: string[], passes: number, work: (text: string) => unknown): Rate {
  for (const t of texts) work(t);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let p = 0; p < passes; p++) {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const t of texts) work(t);
    wall.push(texts.length / (Number(process.hrtime.bigint() - t0) / 1e9));
    const used = process.cpuUsage(cpu0);
    cpu.push(texts.length / ((used.user + used.system) / 1e6));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1] as number;
  return { wall: median(wall), cpu: median(cpu) };
}

const show = (rate: Rate) => `${rate.wall.toFixed(0)} articles/s (wall clock), ${rate.cpu.toFixed(0)} articles/s (CPU time)`;

function main(argv: string[]): void {
  const program = new Command()
    .name('bench-extraction')
    .description('Measure extraction speed (articles/s, median of several passes).')
    .argument('[paths...]', 'text files or folders (default: PolNeAR dev texts)')
    .option('--passes <n>', 'timed passes after one warm-up', '5')
    .parse(argv);
  const passes = Number(program.opts<{ passes: string }>().passes);
  if (!(passes >= 1)) throw new Error('--passes must be at least 1');
  const texts = textsOf(program.args);
  if (texts.length === 0) throw new Error('no texts found');
  const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
  const spanRate = medianRate(texts, passes, (t) => extractAttributions(t));
  // The interpreter alone, on spans computed once, so the tagger's cost is left out.
  const spansOf = new Map(texts.map((t) => [t, extractAttributions(t)]));
  const interpretRate = medianRate(texts, passes, (t) => interpretAttributions(t, spansOf.get(t) ?? []));
  const whole = medianRate(texts, passes, (t) => extractArticle(t));
  console.log(`span stage alone: median ${show(spanRate)}`);
  console.log(`interpretation alone: median ${show(interpretRate)}`);
  console.log(`whole extraction over ${texts.length} articles (mean ${chars.toFixed(0)} chars): median ${show(whole)}`);
}

try {
  main(process.argv);
} catch (err) {
  console.error(`bench-extraction: ${(err as Error).message}`);
  process.exit(1);
}
