import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractAndRender } from '../../../src/cli/extract-file';
import type { Format } from '../../../src/cli/extract-format';
import { extractOnThreads, threadsFor, type FileResult } from '../../../src/cli/extract-threads';

const devText = path.resolve(__dirname, '../../..', '..', 'shared', 'datasets', 'polnear', 'dev', 'text');
const withDev = fs.existsSync(devText) ? it : it.skip;

/** What the main thread gives for each file: the reference the threads must equal. */
function inThisThread(files: string[], format: Format): FileResult[] {
  return files.map((file) => {
    try {
      return { output: extractAndRender(file, format) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
}

async function onThreads(files: string[], format: Format, threads: number): Promise<Array<[number, FileResult]>> {
  const emitted: Array<[number, FileResult]> = [];
  await extractOnThreads(files, format, threads, (index, result) => emitted.push([index, result]));
  return emitted;
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-threads-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('extract on worker threads', () => {
  withDev(
    'emits every file once, in the order given, with the same bytes as the main thread — long and short articles mixed so that threads finish out of order',
    async () => {
      const all = fs.readdirSync(devText).sort().map((f) => path.join(devText, f));
      // Longest first, then shortest: a thread on a short article finishes before one on a long one.
      const bySize = [...all].sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
      const files = [...bySize.slice(0, 6), ...bySize.slice(-6)];
      const emitted = await onThreads(files, 'jsonl', 3);
      expect(emitted.map(([i]) => i)).toEqual(files.map((_, i) => i));
      expect(emitted.map(([, r]) => r)).toEqual(inThisThread(files, 'jsonl'));
    },
    120_000,
  );

  it('reports a file that cannot be extracted in its place, with the message the main thread gives, and goes on', async () => {
    const binary = path.join(tmp, 'scan.txt');
    fs.writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]));
    const good = path.join(tmp, 'good.txt');
    fs.writeFileSync(good, 'The minister said that the border is calm.\n');
    const files = [good, binary, path.join(tmp, 'missing.txt'), good];
    const emitted = await onThreads(files, 'text', 2);
    expect(emitted.map(([, r]) => r)).toEqual(inThisThread(files, 'text'));
    expect(emitted[1]?.[1]).toEqual({ error: 'input.text: looks like binary data, not text' });
  }, 120_000);

  it('emits nothing and returns for no files', async () => {
    expect(await onThreads([], 'jsonl', 2)).toEqual([]);
  });
});

describe('how many threads extract takes by default', () => {
  it('on two cores, one thread for the 840 PolNeAR train files: a second one spends its start-up on the core the first one compiles on', () => {
    expect(threadsFor(840, 2)).toBe(1);
  });

  it('on two cores, two threads past about a thousand files', () => {
    expect(threadsFor(1848, 2)).toBe(2);
    expect(threadsFor(100_000, 2)).toBe(2);
  });

  it('more threads with more cores and files, never more than either', () => {
    expect(threadsFor(840, 4)).toBe(2);
    expect(threadsFor(100_000, 8)).toBe(8);
    expect(threadsFor(3, 8)).toBeLessThanOrEqual(3);
  });

  it('one thread for a few files or one core', () => {
    expect(threadsFor(1, 2)).toBe(1);
    expect(threadsFor(50, 4)).toBe(1);
    expect(threadsFor(100_000, 1)).toBe(1);
  });
});
