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

/** Articles per second of `work` over the texts: one warm-up pass, then the median of `passes`. */
function medianRate(texts: string[], passes: number, work: (text: string) => unknown): number {
  for (const t of texts) work(t);
  const rates: number[] = [];
  for (let p = 0; p < passes; p++) {
    const t0 = process.hrtime.bigint();
    for (const t of texts) work(t);
    rates.push(texts.length / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  rates.sort((a, b) => a - b);
  return rates[rates.length >> 1] as number;
}

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
  console.log(`span stage alone: median ${spanRate.toFixed(0)} articles/s`);
  console.log(`interpretation alone: median ${interpretRate.toFixed(0)} articles/s`);
  console.log(`whole extraction: median ${whole.toFixed(0)} articles/s over ${texts.length} articles (mean ${chars.toFixed(0)} chars)`);
}

try {
  main(process.argv);
} catch (err) {
  console.error(`bench-extraction: ${(err as Error).message}`);
  process.exit(1);
}
