/**
 * npm run eval:claims -- DIR — extracts every article of a folder (DIR/text/*.txt, as PolNeAR
 * has it, or DIR/*.txt), then runs the claim matcher ingest uses over every pair of claims from
 * different articles, and prints what a reviewer needs to keep the thresholds honest: how many
 * claims are short or missing, how many pairs would merge or get SIMILAR_TO, the score
 * distribution, and the top and a seeded random sample of each band, as Markdown tables.
 * No database: the same similarity function and thresholds as `resolveClaim`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { claimWords, crossArticlePairs, type ArticleClaim, type ClaimPair } from '../extraction/claims';
import { extractArticle } from '../extraction/pipeline';
import { DEFAULT_CLAIM_MATCHING } from '../ingest/resolve-claims';
import { wholeNumber } from './whole-number';

/** Claims under this many words are counted apart: issue 10 wants at most 2 % of them. */
const SHORT_CLAIM_WORDS = 3;
const HISTOGRAM_STEP = 0.05;

interface Options {
  top: number;
  sample: number;
  seed: number;
}

function main(argv: string[]): void {
  const program = new Command()
    .name('eval-claims')
    .description('Cross-article claim matching on a folder of articles (DIR/text/*.txt or DIR/*.txt): merges, SIMILAR_TO, samples.')
    .argument('<dir>', 'folder of articles')
    .option('--top <n>', 'pairs listed from the top of each band', wholeNumber(0, 1000), 10)
    .option('--sample <n>', 'pairs listed at random from the rest of each band', wholeNumber(0, 1000), 10)
    .option('--seed <n>', 'seed of the random sample', wholeNumber(0), 1)
    .parse(argv);
  const [dir] = program.args as [string];
  const opts = program.opts<Options>();
  const files = articleFiles(dir);
  const claims: ArticleClaim[] = [];
  let statements = 0;
  let withoutClaim = 0;
  for (const file of files) {
    const x = extractArticle(fs.readFileSync(file, 'utf8'));
    statements += x.statements.length;
    withoutClaim += x.statements.filter((s) => s.claimKey === null).length;
    for (const c of x.claims) claims.push({ articleId: path.basename(file, '.txt'), text: c.text });
  }
  const short = claims.filter((c) => claimWords(c.text).length < SHORT_CLAIM_WORDS);
  const { mergeThreshold, similarThreshold, similarity } = DEFAULT_CLAIM_MATCHING;
  const pairs = crossArticlePairs(claims, similarity, similarThreshold);
  const merges = pairs.filter((p) => p.score >= mergeThreshold);
  const similar = pairs.filter((p) => p.score < mergeThreshold);
  const out: string[] = [];
  out.push(`# Claim matching across articles: ${dir}`, '');
  out.push(`- articles: ${files.length}; statements: ${statements}, of which without a claim (no proposition): ${withoutClaim} (${percent(withoutClaim, statements)})`);
  out.push(`- claims: ${claims.length}; under ${SHORT_CLAIM_WORDS} words: ${short.length} (${percent(short.length, claims.length)})${short.length > 0 ? `: ${short.map((c) => JSON.stringify(c.text)).join(', ')}` : ''}`);
  const identical = merges.filter((p) => p.a.text === p.b.text).length;
  out.push(`- pairs of claims from different articles: merged (≥ ${mergeThreshold}): ${merges.length}, of which the very same text: ${identical}; SIMILAR_TO (${similarThreshold} to ${mergeThreshold}): ${similar.length}`);
  out.push('', '| score from | pairs |', '|---|---|');
  for (const [from, count] of histogram(pairs, similarThreshold)) out.push(`| ${from.toFixed(2)} | ${count} |`);
  out.push(...band(`Merges (≥ ${mergeThreshold})`, merges, opts), ...band(`SIMILAR_TO (${similarThreshold} to ${mergeThreshold})`, similar, opts));
  console.log(out.join('\n'));
}

/** DIR/text/*.txt when DIR is a PolNeAR split, else DIR/*.txt; sorted, so runs agree. */
function articleFiles(dir: string): string[] {
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) throw new Error(`${dir}: no such folder`);
  const textDir = fs.existsSync(path.join(dir, 'text')) ? path.join(dir, 'text') : dir;
  const files = fs.readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(textDir, f));
  if (files.length === 0) throw new Error(`${textDir}: no .txt articles`);
  return files;
}

/** The band's top pairs, then a seeded random sample of the rest, as a table. */
function band(title: string, pairs: readonly ClaimPair[], opts: Options): string[] {
  const top = pairs.slice(0, opts.top);
  const rest = pairs.slice(opts.top);
  const random = sample(rest, opts.sample, opts.seed);
  const lines = ['', `## ${title}: ${pairs.length} pairs; the top ${top.length}, then ${random.length} at random from the rest (seed ${opts.seed})`, ''];
  lines.push('| # | score | claim | article | claim | article |', '|---|---|---|---|---|---|');
  [...top, ...random].forEach((p, i) => lines.push(`| ${i + 1}${i < top.length ? '' : ' (random)'} | ${p.score.toFixed(3)} | ${cell(p.a.text)} | ${p.a.articleId} | ${cell(p.b.text)} | ${p.b.articleId} |`));
  return lines;
}

function histogram(pairs: readonly ClaimPair[], from: number): Array<[number, number]> {
  const bins: Array<[number, number]> = [];
  for (let lo = from; lo < 1 + 1e-9; lo = Math.round((lo + HISTOGRAM_STEP) * 100) / 100) bins.push([lo, 0]);
  for (const p of pairs) {
    const i = Math.min(bins.length - 1, Math.floor((p.score - from + 1e-9) / HISTOGRAM_STEP));
    const bin = bins[i];
    if (bin !== undefined) bin[1] += 1;
  }
  return bins;
}

/** `n` items drawn without replacement by a seeded generator (mulberry32), in score order. */
function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const indices = items.map((_, i) => i);
  for (let i = indices.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [indices[i], indices[j]] = [indices[j] as number, indices[i] as number];
  }
  return indices.slice(0, n).sort((a, b) => a - b).map((i) => items[i] as T);
}

function cell(text: string): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}

function percent(part: number, whole: number): string {
  return `${whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1)} %`;
}

try {
  main(process.argv);
} catch (err) {
  console.error(`eval-claims: ${(err as Error).message}`);
  process.exit(1);
}
