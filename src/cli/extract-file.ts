/**
 * The extract command's work on one file: read it, extract it, render it in the chosen format.
 * Kept apart from the command so that its threads (`extract-worker.ts`) run exactly the code the
 * main thread runs: the output of a file is the same string whichever thread made it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dropSharedContents } from '../extraction/attribution';
import { describeAttributions, type AttributionDetails } from '../extraction/attribution-details';
import { extractArticleWithSpans } from '../extraction/pipeline';
import { toPredictionLine, type PredictedAttribution } from '../extraction/polnear';
import type { Extraction, Span } from '../extraction/types';
import { validateArticle } from '../ingest/validate-article';
import type { Format } from './extract-format';

/** One article's output: the scorer's line with the interpreter's details on each attribution. */
interface ExtractedFile {
  line: { file: string; attributions: Array<Pick<PredictedAttribution, 'source' | 'cue' | 'content'> & AttributionDetails> };
  text: string;
  spans: ReturnType<typeof dropSharedContents>;
  extraction: Extraction;
}

/** The rendered extraction of one article file; throws with the reason it cannot be read or extracted. */
export function extractAndRender(file: string, format: Format): string {
  return render(extractFile(file), format);
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
