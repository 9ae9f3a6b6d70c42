/**
 * npm run bench:startup — what a user waits for when they run `extract` over many files in a
 * fresh process: time to the first article's output, the rate over the first 100 and 500 and
 * over all of them, and the process's CPU time (Linux). Each run is a new `node` process on the
 * compiled CLI (`dist/`), so module loading, the model's load and the JIT's warm-up all count;
 * `bench:extraction` measures the warm rate instead.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { cpuSecondsOf } from '../bench/process-cpu';
import { defaultPolnearDir } from '../extraction/polnear';
import { wholeNumber } from './whole-number';

/** The article counts at which the rate is reported (and the last one, whatever it is). */
const MARKS = [1, 100, 500];

interface Run {
  /** Seconds from spawning the process to the n-th article's line, by n. */
  at: Map<number, number>;
  articles: number;
  seconds: number;
  /** CPU seconds of the process (all its threads) and of its busiest thread up to its last line; null where /proc is missing. */
  cpu: { total: number; busiest: number } | null;
}

/**
 * CPU seconds of a live process, and of its busiest thread: on a machine with a free core per
 * extraction thread, the busiest thread's CPU time is about what the run lasts, whatever the
 * load when it was measured.
 */
function cpuSeconds(pid: number): { total: number; busiest: number } | null {
  const total = cpuSecondsOf(pid);
  if (total === null) return null;
  try {
    const tasks = fs.readdirSync(`/proc/${pid}/task`).map((tid) => cpuSecondsOf(pid, Number(tid)) ?? 0);
    return { total, busiest: Math.max(...tasks) };
  } catch {
    return null;
  }
}

function runOnce(args: string[]): Promise<Run> {
  const cli = path.join(__dirname, 'extract.js');
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  const child = spawn(process.execPath, [cli, '--format', 'jsonl', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const run: Run = { at: new Map(), articles: 0, seconds: 0, cpu: null };
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) {
      if (byte !== 10) continue;
      run.articles += 1;
      run.at.set(run.articles, seconds());
    }
    run.cpu = cpuSeconds(child.pid as number) ?? run.cpu;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      run.seconds = seconds();
      if (code !== 0) reject(new Error(`extract exited with code ${code}`));
      else resolve(run);
    });
  });
}

function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('bench-startup')
    .description('Time fresh `extract` processes over many files: first article, articles/s over the first 100, 500 and all, CPU time.')
    .argument('[paths...]', 'text files or folders (default: PolNeAR train texts)')
    .option('--runs <n>', 'fresh processes, one after the other', wholeNumber(1), 3)
    .option('--threads <n>', "passed to extract's --threads (default: extract's own, one per core)")
    .parse(argv);
  const options = program.opts<{ runs: number; threads?: string }>();
  const paths = program.args.length ? program.args : [path.join(defaultPolnearDir(), 'train', 'text')];
  const args = [...(options.threads === undefined ? [] : ['--threads', options.threads]), ...paths];
  return (async () => {
    for (let i = 1; i <= options.runs; i++) {
      const run = await runOnce(args);
      const marks = [...MARKS.filter((n) => n < run.articles), run.articles].map((n) => {
        const t = run.at.get(n) as number;
        return n === 1 ? `first ${t.toFixed(2)} s` : `${n}: ${t.toFixed(2)} s (${(n / t).toFixed(0)}/s)`;
      });
      const cpu = run.cpu === null ? '' : `, CPU ${run.cpu.total.toFixed(2)} s (busiest thread ${run.cpu.busiest.toFixed(2)} s)`;
      console.log(`run ${i}: ${run.articles} articles in ${run.seconds.toFixed(2)} s${cpu}; ${marks.join(', ')}`);
    }
  })();
}

main(process.argv).catch((err: unknown) => {
  console.error(`bench-startup: ${(err as Error).message}`);
  process.exit(1);
});
