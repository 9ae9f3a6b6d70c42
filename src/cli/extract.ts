/**
 * npm run --silent extract -- --format jsonl FILE... — the whole extraction of each text file,
 * one JSON line per file in the reference scorer's prediction format (source, cue and content
 * spans), each attribution with the speaker, kind and chain the interpreter gave it. No database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { dropSharedContents } from '../extraction/attribution';
import { describeAttributions } from '../extraction/attribution-details';
import { extractArticleWithSpans } from '../extraction/pipeline';
import { toPredictionLine } from '../extraction/polnear';

function main(argv: string[]): void {
  const program = new Command()
    .name('extract')
    .description('Extract attributions (source, cue, content, speaker, kind, chain) from text files.')
    .argument('<files...>', 'article text files (UTF-8)')
    .option('--format <format>', 'jsonl (one line per file) or json (indented)', 'jsonl')
    .parse(argv);
  const opts = program.opts<{ format: string }>();
  if (opts.format !== 'jsonl' && opts.format !== 'json') throw new Error(`unknown --format ${opts.format} (jsonl or json)`);
  for (const file of program.args) {
    const text = fs.readFileSync(file, 'utf8');
    const { spans: all, extraction } = extractArticleWithSpans(text);
    // The graph keeps every hop of a chain; the scorer's format, like PolNeAR, one per content.
    const spans = dropSharedContents(all);
    const line = toPredictionLine(path.basename(file), spans);
    const details = describeAttributions(spans, extraction);
    line.attributions.forEach((attribution, i) => Object.assign(attribution, details[i]));
    process.stdout.write(`${opts.format === 'json' ? JSON.stringify(line, null, 2) : JSON.stringify(line)}\n`);
  }
}

try {
  main(process.argv);
} catch (err) {
  console.error(`extract: ${(err as Error).message}`);
  process.exit(1);
}
