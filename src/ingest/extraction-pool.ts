import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { extractArticle } from '../extraction/pipeline';
import type { Extraction } from '../extraction/types';

type Pending = { resolve: (extraction: Extraction) => void; reject: (error: Error) => void };

/**
 * Runs the automatic extraction on worker threads, so that an archive ingest extracts the next
 * articles while the database writes the last ones. Each thread takes the next text as soon as it
 * is free. With no threads (`size` 0) it extracts in the calling thread, as tests do.
 */
export class ExtractionPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ id: number; text: string }> = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private readonly prefetched = new Map<string, Array<Promise<Extraction>>>();

  constructor(readonly size: number = defaultPoolSize()) {
    // The worker runs from the same build as this file: compiled .js under dist, .ts under tsx.
    const script = path.join(__dirname, `extraction-worker${path.extname(__filename)}`);
    for (let i = 0; i < size; i++) {
      // Under tsx (or jest) the thread must register tsx's require hook itself: workers do not inherit it.
      const worker = script.endsWith('.ts')
        ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { eval: true })
        : new Worker(script);
      worker.on('message', (reply: { id: number; extraction?: Extraction; error?: { name: string; message: string } }) => {
        this.settle(reply);
        this.dispatch(worker);
      });
      worker.on('error', (error) => {
        // A crashed thread fails what is left rather than hanging the ingest.
        for (const job of this.pending.values()) job.reject(error);
        this.pending.clear();
      });
      worker.unref();
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /**
   * Starts extracting texts before anyone asks (the ingest command does while Neo4j starts);
   * `extract` then answers from these. Each prefetched text is handed out once.
   */
  prefetch(texts: string[]): void {
    for (const text of texts) {
      const started = this.prefetched.get(text) ?? [];
      const extraction = this.run(text);
      extraction.catch(() => undefined); // awaited, and its error seen, by whoever takes it
      started.push(extraction);
      this.prefetched.set(text, started);
    }
  }

  extract(text: string): Promise<Extraction> {
    return this.prefetched.get(text)?.shift() ?? this.run(text);
  }

  private run(text: string): Promise<Extraction> {
    if (this.size === 0) {
      try {
        return Promise.resolve(extractArticle(text));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    const id = this.nextId++;
    return new Promise<Extraction>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, text });
      const worker = this.idle.pop();
      if (worker) this.dispatch(worker);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** A busy thread keeps the process alive (its caller awaits it); an idle one does not. */
  private dispatch(worker: Worker): void {
    const job = this.queue.shift();
    if (job) {
      worker.ref();
      worker.postMessage(job);
    } else {
      worker.unref();
      this.idle.push(worker);
    }
  }

  private settle(reply: { id: number; extraction?: Extraction; error?: { name: string; message: string } }): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    if (reply.extraction) job.resolve(reply.extraction);
    else job.reject(reply.error?.name === 'RangeError' ? new RangeError(reply.error.message) : new Error(reply.error?.message));
  }
}

/** One thread per core beyond the one that writes; at least one, so extraction and writing overlap. */
export function defaultPoolSize(): number {
  return Math.max(1, os.availableParallelism() - 1);
}
