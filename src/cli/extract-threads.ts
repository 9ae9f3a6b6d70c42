import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Format } from './extract-format';

/** A file's rendered extraction, or why it has none. */
export type FileResult = { output: string } | { error: string };

/**
 * Young-generation size of each thread. Extraction allocates many short-lived strings and
 * arrays: the garbage collector took 8 % of a fresh run's profile, and with 32 MB semi-spaces
 * (young generation = 3 × semi-space) instead of V8's 16 MB a first pass over the PolNeAR train
 * texts cost 7.1 s of CPU instead of 7.5 s, a warm one 3.4 s instead of 4.0 s
 * (docs/benchmarks.md, "Extraction start-up").
 */
const YOUNG_GENERATION_MB = 96;

/**
 * What a thread costs and gives, measured over the PolNeAR train texts (docs/benchmarks.md,
 * "Extraction start-up"): its own thread's CPU per article, and the CPU it spends on other cores
 * while it starts — loading the modules and the model, and above all V8 compiling optimised
 * code on background threads during its first thousand articles (~2.4 s).
 */
const ARTICLE_CPU_SECONDS = 0.006;
const THREAD_START_CPU_SECONDS = 3;

/**
 * How many threads finish `files` articles soonest on `cores` cores: each thread adds its start
 * to the CPU all of them share, so on two cores a second thread pays off only past ~1,000 files
 * (840 files: one thread, 1,848: two), on four cores past ~350. The estimate of a run is the
 * larger of the busiest thread's work and all the CPU spread over the cores; ties go to fewer.
 */
export function threadsFor(files: number, cores: number): number {
  const work = files * ARTICLE_CPU_SECONDS;
  const estimate = (threads: number): number => Math.max(work / threads, (work + threads * THREAD_START_CPU_SECONDS) / cores);
  let best = 1;
  for (let threads = 2; threads <= Math.min(cores, files); threads++) if (estimate(threads) < estimate(best)) best = threads;
  return best;
}

/**
 * Extracts `files` on `threads` worker threads and hands each result to `emit` in the order of
 * `files`, as soon as it and every one before it are done: a file's output is the same string
 * as in the main thread (same code, `extract-file.ts`), and the output as a whole is the same
 * bytes whatever the number of threads. Each thread takes the next file when it is free.
 */
export function extractOnThreads(files: readonly string[], format: Format, threads: number, emit: (index: number, result: FileResult) => void): Promise<void> {
  const results = new Map<number, FileResult>();
  let next = 0; // the next file to hand out
  let emitted = 0; // the next file to emit
  const script = path.join(__dirname, `extract-worker${path.extname(__filename)}`);
  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    let finished = false;
    const finish = (error?: Error): void => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const give = (worker: Worker): void => {
      if (next < files.length) {
        worker.postMessage({ id: next, file: files[next], format });
        next += 1;
      }
    };
    const count = Math.min(threads, files.length);
    if (count === 0) return resolve();
    for (let i = 0; i < count; i++) {
      const options = { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
      // Under tsx (tests) the thread must register tsx's require hook itself: workers do not inherit it.
      const worker = script.endsWith('.ts')
        ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { ...options, eval: true })
        : new Worker(script, options);
      worker.on('message', (reply: { id: number } & FileResult) => {
        const { id, ...result } = reply;
        results.set(id, result);
        give(worker);
        while (results.has(emitted)) {
          emit(emitted, results.get(emitted) as FileResult);
          results.delete(emitted);
          emitted += 1;
        }
        if (emitted === files.length) finish();
      });
      // A crashed thread (out of memory, a bug outside the per-file try) stops the command.
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => finish(new Error(`an extraction thread stopped (exit code ${code})`)));
      workers.push(worker);
      give(worker);
    }
  });
}
