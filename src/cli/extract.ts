/**
 * npm run --silent extract -- --format jsonl FILE... — attribution spans for each text file, one
 * JSON line per file in the reference scorer's prediction format. No database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { extractAttributions } from '../extraction/attribution';
import { toPredictionLine } from '../extraction/polnear';

function main(argv: string[]): void {
  const program = new Command()
    .name('extract')
    .description('Extract attributions (source, cue, content) from text files.')
    .argument('<files...>', 'article text files (UTF-8)')
    .option('--format <format>', 'jsonl (one line per file) or json (indented)', 'jsonl')
    .parse(argv);
  const opts = program.opts<{ format: string }>();
  if (opts.format !== 'jsonl' && opts.format !== 'json') throw new Error(`unknown --format ${opts.format} (jsonl or json)`);
  for (const file of program.args) {
    const text = fs.readFileSync(file, 'utf8');
    const line = toPredictionLine(path.basename(file), extractAttributions(text));
    process.stdout.write(`${opts.format === 'json' ? JSON.stringify(line, null, 2) : JSON.stringify(line)}\n`);
  }
}

try {
  main(process.argv);
} catch (err) {
  console.error(`extract: ${(err as Error).message}`);
  process.exit(1);
}
