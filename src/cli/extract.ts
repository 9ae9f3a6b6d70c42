/**
 * npm run --silent extract -- [--format jsonl|json|text] PATH... — the whole extraction of each
 * article file, no database. jsonl (and json, indented) is the reference scorer's prediction
 * format (source, cue and content spans), each attribution with the speaker, kind, chain, claim
 * and counterclaims the interpreter gave it; text is the same for a person to read. Folders are
 * walked for .txt and .md files. A file that cannot be read or extracted is reported on stderr
 * and the others still go out; the exit code is then 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { dropSharedContents } from '../extraction/attribution';
import { describeAttributions, type AttributionDetails } from '../extraction/attribution-details';
import { extractArticleWithSpans } from '../extraction/pipeline';
import { toPredictionLine, type PredictedAttribution } from '../extraction/polnear';
import type { Extraction, Span } from '../extraction/types';
import { validateArticle } from '../ingest/validate-article';
import { listArticleFiles } from './article-files';

const FORMATS = ['jsonl', 'json', 'text'] as const;
type Format = (typeof FORMATS)[number];

/** What a folder is walked for; a file named on the command line is read whatever its name. */
const FOLDER_EXTENSIONS = new Set(['.txt', '.md']);

/** One article's output: the scorer's line with the interpreter's details on each attribution. */
interface ExtractedFile {
  line: { file: string; attributions: Array<Pick<PredictedAttribution, 'source' | 'cue' | 'content'> & AttributionDetails> };
  text: string;
  spans: ReturnType<typeof dropSharedContents>;
  extraction: Extraction;
}

function main(argv: string[]): void {
  const program = new Command()
    .name('extract')
    .description('Extract attributions (source, cue, content, speaker, kind, chain, claim, counters) from article files or folders.')
    .argument('<paths...>', 'article text files (UTF-8), or folders to walk for .txt and .md files')
    .addOption(new Option('--format <format>', 'jsonl (one line per file), json (indented) or text (for reading)').choices(FORMATS).default('jsonl'))
    .parse(argv);
  const format = program.opts<{ format: Format }>().format;
  let failures = 0;
  const fail = (where: string | null, error: unknown): void => {
    failures += 1;
    process.stderr.write(`extract: ${where === null ? '' : `${where}: `}${(error as Error).message}\n`);
  };
  for (const given of program.args) {
    let files: string[];
    try {
      files = articleFiles(given);
    } catch (error) {
      fail(null, error); // listArticleFiles names the path
      continue;
    }
    for (const file of files) {
      try {
        process.stdout.write(render(extractFile(file), format));
      } catch (error) {
        fail(file, error);
      }
    }
  }
  if (failures > 0) process.exitCode = 1;
}

/** The files a path stands for: itself, or the .txt and .md files under a folder. */
function articleFiles(given: string): string[] {
  const files = listArticleFiles([given]);
  return fs.statSync(given).isDirectory() ? files.filter((file) => FOLDER_EXTENSIONS.has(path.extname(file))) : files;
}

function extractFile(file: string): ExtractedFile {
  const text = fs.readFileSync(file, 'utf8');
  // Refused as ingest refuses it ("input.text: looks like binary data, not text"); the
  // extractor's own length limit applies after this.
  validateArticle({ text }, Number.POSITIVE_INFINITY);
  const { spans: all, extraction } = extractArticleWithSpans(text);
  // The graph keeps every hop of a chain; the scorer's format, like PolNeAR, one per content.
  const spans = dropSharedContents(all);
  const details = describeAttributions(spans, extraction);
  const prediction = toPredictionLine(path.basename(file), spans);
  const line = { ...prediction, attributions: prediction.attributions.map((a, i) => ({ ...a, ...(details[i] as AttributionDetails) })) };
  return { line, text, spans, extraction };
}

function render(out: ExtractedFile, format: Format): string {
  if (format === 'jsonl') return `${JSON.stringify(out.line)}\n`;
  if (format === 'json') return `${JSON.stringify(out.line, null, 2)}\n`;
  return readable(out);
}

/** The article as a person reads it: who said what, through whom, asserting and countering what. */
function readable({ line, text, spans, extraction }: ExtractedFile): string {
  const publisher = extraction.actors.find((a) => a.key === extraction.outletKey)?.name;
  const about = [publisher && `published by ${publisher}`, extraction.publishedAt && `on ${extraction.publishedAt}`].filter(Boolean).join(' ');
  const out = [`== ${line.file}${about ? ` (${about})` : ''}: ${line.attributions.length} attributions`];
  line.attributions.forEach((a, i) => {
    const chain = a.chain.length > 0 ? `, via ${a.chain.join(' → ')}` : '';
    out.push('', `${i + 1}. ${a.speaker ?? '(no speaker)'} — ${a.kind ?? 'not interpreted'}${chain} (confidence ${a.confidence.toFixed(2)})`);
    const cue = spans[i]?.cue;
    if (cue) out.push(`   cue: ${oneLine(slice(text, [cue]))}`);
    out.push(`   “${oneLine(slice(text, spans[i]?.content ?? []))}”`);
    if (a.claim !== null) out.push(`   claim: ${a.claim}`);
    for (const c of a.counters) out.push(`   counters: ${c.text} (${c.confidence.toFixed(2)}${c.cue ? `, “${c.cue}”` : ''})`);
    for (const c of a.supports) out.push(`   supports: ${c.text} (${c.confidence.toFixed(2)}${c.cue ? `, “${c.cue}”` : ''})`);
  });
  return `${out.join('\n')}\n\n`;
}

function slice(text: string, fragments: readonly Span[]): string {
  return fragments.map((f) => text.slice(f.start, f.end)).join(' … ');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

try {
  main(process.argv);
} catch (err) {
  console.error(`extract: ${(err as Error).message}`);
  process.exit(1);
}
