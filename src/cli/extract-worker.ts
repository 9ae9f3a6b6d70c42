import { parentPort } from 'node:worker_threads';
import { extractAndRender } from './extract-file';
import type { Format } from './extract-format';

/**
 * One thread of the extract command (`extract-threads.ts`): a file name in, its rendered
 * extraction out, or the message of the error that stopped it.
 */
parentPort?.on('message', (job: { id: number; file: string; format: Format }) => {
  try {
    parentPort?.postMessage({ id: job.id, output: extractAndRender(job.file, job.format) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
