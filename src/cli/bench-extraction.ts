/**
 * npm run bench:extraction — articles per second of the whole extraction (span tagger and
 * interpreter, as ingest runs it) in one process over the dev texts (or given files): the first,
 * cold pass, then the median of several passes once the process has warmed up; each stage is
 * also timed alone, to show where the time goes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { extractAttributions } from '../extraction/attribution';
import { interpretAttributions } from '../extraction/interpretation';
import { extractArticle } from '../extraction/pipeline';
import { defaultPolnearDir } from '../extraction/polnear';
import { wholeNumber } from './whole-number';

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
  /** Articles per second of this process's own CPU time (all its threads, the JIT's and GC's included). */
  cpu: number;
}

/** The rate of one pass of `work` over the texts. */
function timePass(texts: string[], work: (text: string) => unknown): Rate {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const t of texts) work(t);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const used = process.cpuUsage(cpu0);
  return { wall: texts.length / wall, cpu: texts.length / ((used.user + used.system) / 1e6) };
}

/**
 * The first pass, then the median of `passes` passes after untimed ones over `warmup` articles
 * or more. The first pass loads the model and runs on code V8 has not compiled yet; the rate
 * then climbs for several hundred articles while V8 optimises (and now and then deoptimises)
 * the hot functions, so only the passes after that measure what an archive ingest runs at.
 */
function measure(texts: string[], options: Options, work: (text: string) => unknown): { first: Rate; steady: Rate } {
  const first = timePass(texts, work);
  for (let done = 0; done < options.warmup; done += texts.length) timePass(texts, work);
  const rates = Array.from({ length: options.passes }, () => timePass(texts, work));
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1] as number;
  return { first, steady: { wall: median(rates.map((r) => r.wall)), cpu: median(rates.map((r) => r.cpu)) } };
}

const show = (rate: Rate) => `${rate.wall.toFixed(0)} articles/s (wall clock), ${rate.cpu.toFixed(0)} articles/s (CPU time)`;

interface Options {
  warmup: number;
  passes: number;
}

function main(argv: string[]): void {
  const program = new Command()
    .name('bench-extraction')
    .description('Measure extraction speed in articles/s: the first (cold) pass, then the median of several passes once warm.')
    .argument('[paths...]', 'text files or folders (default: PolNeAR dev texts)')
    .option('--warmup <articles>', 'articles extracted, untimed, after the first pass (whole passes, at least this many)', wholeNumber(0), 800)
    .option('--passes <n>', 'timed passes after the warm-up', wholeNumber(1), 10)
    .parse(argv);
  const options = program.opts<Options>();
  const texts = textsOf(program.args);
  if (texts.length === 0) throw new Error('no texts found');
  const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
  // The whole extraction first, so that its first pass is the process's first.
  const whole = measure(texts, options, (t) => extractArticle(t));
  const span = measure(texts, options, (t) => extractAttributions(t));
  // The interpreter alone, on spans computed once, so the tagger's cost is left out.
  const spansOf = new Map(texts.map((t) => [t, extractAttributions(t)]));
  const interpretation = measure(texts, options, (t) => interpretAttributions(t, spansOf.get(t) ?? []));
  console.log(`whole extraction over ${texts.length} articles (mean ${chars.toFixed(0)} chars):`);
  console.log(`  first pass (cold: loads the model, code not yet optimised): ${show(whole.first)}`);
  console.log(`  warm, median of ${options.passes} passes: ${show(whole.steady)}`);
  console.log(`span stage alone, warm: ${show(span.steady)}`);
  console.log(`interpretation alone, warm: ${show(interpretation.steady)}`);
}

try {
  main(process.argv);
} catch (err) {
  console.error(`bench-extraction: ${(err as Error).message}`);
  process.exit(1);
}
