/**
 * npm run eval:claims -- DIR… — extracts every article of the folders (DIR/text/*.txt, as PolNeAR
 * has it, or DIR/*.txt), then runs the claim matcher ingest uses over every pair of claims from
 * different articles, and prints what a reviewer needs to keep the thresholds honest: how many
 * claims are short or missing, how many pairs would merge or get SIMILAR_TO, how many of those
 * ingest's candidate lookup would find storing the articles in the order given (dated by the
 * metadata table), the score distribution, and the top and a seeded random sample of each band,
 * as Markdown tables. No database: the same similarity function and thresholds as `resolveClaim`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { claimWords, crossArticlePairs, type ClaimPair } from '../extraction/claims';
import { extractArticle } from '../extraction/pipeline';
import { CandidateReplay, type DatedClaim } from '../ingest/candidate-replay';
import { NEAREST_CLAIMS_PER_KEY } from '../ingest/claim-keys';
import { DEFAULT_CLAIM_MATCHING } from '../ingest/resolve-claims';
import { metadataFor, readMetadataTable } from './article-metadata';
import { wholeNumber } from './whole-number';

/** Claims under this many words are counted apart: issue 10 wants at most 2 % of them. */
const SHORT_CLAIM_WORDS = 3;
const HISTOGRAM_STEP = 0.05;

interface Options {
  metadata?: string;
  nearest: number;
  top: number;
  sample: number;
  seed: number;
}

function main(argv: string[]): void {
  const program = new Command()
    .name('eval-claims')
    .description('Cross-article claim matching on folders of articles (DIR/text/*.txt or DIR/*.txt): merges, SIMILAR_TO, what ingest\'s candidate lookup finds of them, samples.')
    .argument('<dirs...>', 'folders of articles, stored in this order by the candidate lookup\'s replay')
    .option('--metadata <file>', 'metadata table giving each article\'s date (default: the first DIR/../metadata.tsv when it exists)')
    .option('--nearest <n>', 'claims of a band key the replayed lookup reads on each side of an article\'s date', wholeNumber(1), NEAREST_CLAIMS_PER_KEY)
    .option('--top <n>', 'pairs listed from the top of each band', wholeNumber(0, 1000), 10)
    .option('--sample <n>', 'pairs listed at random from the rest of each band', wholeNumber(0, 1000), 10)
    .option('--seed <n>', 'seed of the random sample', wholeNumber(0), 1)
    .parse(argv);
  const dirs = program.args;
  const opts = program.opts<Options>();
  const files = dirs.flatMap(articleFiles);
  // A table named on the command line must be there; the default one beside the folder may not.
  const besideFolder = path.join(dirs[0] as string, '..', 'metadata.tsv');
  const metadata = opts.metadata ? readMetadataTable(opts.metadata) : fs.existsSync(besideFolder) ? readMetadataTable(besideFolder) : new Map();
  const claims: DatedClaim[] = [];
  let statements = 0;
  let withoutClaim = 0;
  let dated = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const x = extractArticle(text);
    const at = metadataFor(metadata, file)?.publishedAt?.toISOString() ?? (x.publishedAt ? `${x.publishedAt}T00:00:00.000Z` : '');
    if (at) dated += 1;
    statements += x.statements.length;
    withoutClaim += x.statements.filter((s) => s.claimKey === null).length;
    for (const c of x.claims) claims.push({ articleId: path.basename(file, '.txt'), text: c.text, at });
  }
  const short = claims.filter((c) => claimWords(c.text).length < SHORT_CLAIM_WORDS);
  const { mergeThreshold, similarThreshold, similarity } = DEFAULT_CLAIM_MATCHING;
  const pairs = crossArticlePairs(claims, similarity, similarThreshold);
  const merges = pairs.filter((p) => p.score >= mergeThreshold);
  const similar = pairs.filter((p) => p.score < mergeThreshold);
  const out: string[] = [];
  out.push(`# Claim matching across articles: ${dirs.join(', ')}`, '');
  out.push(`- articles: ${files.length}, ${dated} of them dated; statements: ${statements}, of which without a claim (no proposition): ${withoutClaim} (${percent(withoutClaim, statements)})`);
  out.push(`- claims: ${claims.length}; under ${SHORT_CLAIM_WORDS} words: ${short.length} (${percent(short.length, claims.length)})${short.length > 0 ? `: ${short.map((c) => JSON.stringify(c.text)).join(', ')}` : ''}`);
  const identical = merges.filter((p) => p.a.text === p.b.text).length;
  out.push(`- pairs of claims from different articles: merged (≥ ${mergeThreshold}): ${merges.length}, of which the very same text: ${identical}; SIMILAR_TO (${similarThreshold} to ${mergeThreshold}): ${similar.length}`);
  out.push(`- of these, found by ingest's candidate lookup, the articles stored in the order given: ${lookupLine(claims, merges, similar, opts.nearest)}; with no bound on a key's claims: ${lookupLine(claims, merges, similar, Infinity)}`);
  out.push('', '| score from | pairs |', '|---|---|');
  for (const [from, count] of histogram(pairs, similarThreshold)) out.push(`| ${from.toFixed(2)} | ${count} |`);
  out.push(...band(`Merges (≥ ${mergeThreshold})`, merges, opts), ...band(`SIMILAR_TO (${similarThreshold} to ${mergeThreshold})`, similar, opts));
  console.log(out.join('\n'));
}

/** How many merges and SIMILAR_TO pairs the lookup finds when it reads `nearest` claims of a key on each side of an article's date. */
function lookupLine(claims: readonly DatedClaim[], merges: ReadonlyArray<ClaimPair<DatedClaim>>, similar: ReadonlyArray<ClaimPair<DatedClaim>>, nearest: number): string {
  const replay = new CandidateReplay(claims, nearest);
  const found = (pairs: ReadonlyArray<ClaimPair<DatedClaim>>) => pairs.filter((p) => replay.finds(p.a, p.b)).length;
  const bound = Number.isFinite(nearest) ? `${nearest} a side per key` : 'every claim of a key';
  return `merges ${found(merges)} of ${merges.length}, SIMILAR_TO ${found(similar)} of ${similar.length} (${bound})`;
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
