/**
 * npm run --silent extract -- [--format jsonl|json|text] [--threads N] PATH... — the whole
 * extraction of each article file, no database. jsonl (and json, indented) is the reference
 * scorer's prediction format (source, cue and content spans), each attribution with the speaker,
 * kind, chain, claim and counterclaims the interpreter gave it; text is the same for a person to
 * read. Folders are walked for .txt and .md files. A file that cannot be read or extracted is
 * reported on stderr and the others still go out; the exit code is then 1. Many files are
 * extracted on worker threads (as many as finish soonest on the machine's cores); the output is
 * in the order of the files whatever the threads (`extract-threads.ts`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, Option } from 'commander';
import { listArticleFiles } from './article-files';
import { FORMATS, type Format } from './extract-format';
import { extractOnThreads, threadsFor, type FileResult } from './extract-threads';
import { wholeNumber } from './whole-number';

/** What a folder is walked for; a file named on the command line is read whatever its name. */
const FOLDER_EXTENSIONS = new Set(['.txt', '.md']);

/** A path given on the command line stands for files, or for the error of listing it. */
type Entry = { file: string } | { error: unknown };

async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('extract')
    .description('Extract attributions (source, cue, content, speaker, kind, chain, claim, counters) from article files or folders.')
    .argument('<paths...>', 'article text files (UTF-8), or folders to walk for .txt and .md files')
    .addOption(new Option('--format <format>', 'jsonl (one line per file), json (indented) or text (for reading)').choices(FORMATS).default('jsonl'))
    .option('--threads <n>', 'worker threads extracting files (0 or 1: all in this thread; default: as many as finish soonest on this machine’s cores)', wholeNumber(0))
    .parse(argv);
  const { format, threads: given } = program.opts<{ format: Format; threads?: number }>();
  let failures = 0;
  const fail = (where: string | null, error: unknown): void => {
    failures += 1;
    process.stderr.write(`extract: ${where === null ? '' : `${where}: `}${error instanceof Error ? error.message : String(error)}\n`);
  };
  const entries = program.args.flatMap((given): Entry[] => {
    try {
      return articleFiles(given).map((file) => ({ file }));
    } catch (error) {
      return [{ error }]; // listArticleFiles names the path
    }
  });
  const files = entries.flatMap((e) => ('file' in e ? [e.file] : []));
  const threads = given ?? threadsFor(files.length, os.availableParallelism());
  // Results come in the order of `files`; a path that could not be listed is reported in its place.
  let at = 0;
  const emit = (index: number, result: FileResult): void => {
    for (; at < entries.length && !('file' in (entries[at] as Entry)); at++) fail(null, (entries[at] as { error: unknown }).error);
    at += 1;
    if ('output' in result) process.stdout.write(result.output);
    else fail(files[index] as string, result.error);
  };
  // One file, or one thread, is extracted here: a thread would only add its own start-up.
  if (Math.min(threads, files.length) <= 1) {
    const { extractAndRender } = await import('./extract-file');
    files.forEach((file, i) => {
      let result: FileResult;
      try {
        result = { output: extractAndRender(file, format) };
      } catch (error) {
        result = { error: (error as Error).message };
      }
      emit(i, result);
    });
  } else {
    await extractOnThreads(files, format, threads, emit);
  }
  for (; at < entries.length; at++) fail(null, (entries[at] as { error: unknown }).error);
  if (failures > 0) process.exitCode = 1;
}

/** The files a path stands for: itself, or the .txt and .md files under a folder. */
function articleFiles(given: string): string[] {
  const files = listArticleFiles([given]);
  return fs.statSync(given).isDirectory() ? files.filter((file) => FOLDER_EXTENSIONS.has(path.extname(file))) : files;
}

main(process.argv).catch((err: unknown) => {
  console.error(`extract: ${(err as Error).message}`);
  process.exit(1);
});
