import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extraction/pipeline';

/**
 * One extraction thread of `ExtractionPool`: texts in, extractions out. The extraction is pure,
 * so threads share nothing; an error goes back by name (a RangeError is a text too long).
 */
parentPort?.on('message', (job: { id: number; text: string }) => {
  try {
    parentPort?.postMessage({ id: job.id, extraction: extractArticle(job.text) });
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    parentPort?.postMessage({ id: job.id, error: { name, message } });
  }
});
