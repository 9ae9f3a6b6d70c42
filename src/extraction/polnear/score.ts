/**
 * A TypeScript port of the reference scorer's four figures (content_match, content_soft,
 * content_strict, attribution). It must agree with ../shared/tools/score-attributions.py
 * to the last printed digit; a unit test runs both on the same predictions.
 */
import path from 'node:path';
import type { Fragment } from './brat';
import type { GoldArticle } from './corpus';
import { predictedFragments } from './predictions';

/** A predicted attribution reduced to what the scorer reads. */
export interface ScoredPrediction {
  content: Fragment[];
  source: Fragment[] | null;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreResult {
  articles: number;
  articles_predicted: number;
  gold_attributions: number;
  predicted_attributions: number;
  content_match: Prf;
  content_soft: Prf;
  content_strict: Prf;
  attribution: Prf;
}

/** The characters the scorer strips from both ends of a span for the strict match. */
const TRIM = new Set([...' \t\r\n"\'“”‘’«»,.:;']);

function chars(frags: readonly Fragment[]): Set<number> {
  const s = new Set<number>();
  for (const [a, b] of frags) for (let i = a; i < b; i++) s.add(i);
  return s;
}

function intersectionSize(a: Set<number>, b: Set<number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (big.has(x)) n++;
  return n;
}

/** Python's str.strip(TRIM) over " ".join of the fragments in order. */
function normSpan(text: string, frags: readonly Fragment[]): string {
  const sorted = [...frags].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  // Python slices clamp and treat negative indices from the end; offsets here are never negative.
  const joined = sorted.map(([a, b]) => text.slice(a, b)).join(' ');
  let i = 0;
  let j = joined.length;
  while (i < j && TRIM.has(joined.charAt(i))) i++;
  while (j > i && TRIM.has(joined.charAt(j - 1))) j--;
  return joined.slice(i, j);
}

/** Python's round(x, 4): no exact decimal ties occur for ratios of integers at 4 places. */
function round4(x: number): number {
  return Number(x.toFixed(4));
}

/** Python's f"{x:.3f}": correctly rounded, half to even on exact ties (0.0625 → "0.062"). */
export function formatFixed3(x: number): string {
  const exact = x.toFixed(40);
  const dot = exact.indexOf('.');
  const tail = exact.slice(dot + 4);
  if (/^50*$/.test(tail)) {
    const truncated = exact.slice(0, dot + 4);
    const lastDigit = Number(truncated.charAt(truncated.length - 1));
    if (lastDigit % 2 === 0) return truncated;
  }
  return x.toFixed(3);
}

function prf(hitP: number, hitR: number, nP: number, nR: number): Prf {
  const p = nP ? hitP / nP : 0;
  const r = nR ? hitR / nR : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: round4(p), recall: round4(r), f1: round4(f) };
}

/** Scores predictions (keyed by article key, no ".txt") against gold articles. */
export function scoreAttributions(
  gold: readonly GoldArticle[],
  preds: ReadonlyMap<string, ScoredPrediction[]>,
): ScoreResult {
  let softP = 0;
  let softR = 0;
  let nGold = 0;
  let nPred = 0;
  let nMatched = 0;
  let nCorrect = 0;
  let nStrict = 0;
  for (const { key, text, attributions: gattrs } of gold) {
    const pattrs = preds.get(key) ?? [];
    const gc = gattrs.map((g) => chars(g.content));
    const pc = pattrs.map((p) => chars(p.content));
    for (const p of pc) {
      if (p.size) softP += gc.reduce((m, g) => Math.max(m, intersectionSize(p, g) / p.size), 0);
    }
    for (const g of gc) {
      if (g.size) softR += pc.reduce((m, p) => Math.max(m, intersectionSize(g, p) / g.size), 0);
    }
    const cands: [number, number, number][] = [];
    gc.forEach((g, i) => {
      pc.forEach((p, j) => {
        const ov = intersectionSize(g, p);
        if (g.size && p.size && ov * 2 >= g.size && ov * 2 >= p.size) {
          cands.push([ov / (g.size + p.size - ov), i, j]);
        }
      });
    });
    // Python sorts the tuples in reverse: by ratio, then gold index, then prediction index, all descending.
    cands.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
    const usedG = new Set<number>();
    const usedP = new Set<number>();
    for (const [, i, j] of cands) {
      if (usedG.has(i) || usedP.has(j)) continue;
      usedG.add(i);
      usedP.add(j);
      nMatched++;
      const gs = (gattrs[i] as (typeof gattrs)[number]).source;
      const ps = (pattrs[j] as ScoredPrediction).source;
      if ((gs === null && ps === null) || (gs && ps && intersectionSize(chars(gs), chars(ps)) > 0)) nCorrect++;
    }
    const strictGold = new Set(gattrs.map((g) => normSpan(text, g.content)));
    const strictPred = new Set(pattrs.map((p) => normSpan(text, p.content)));
    for (const s of strictPred) if (strictGold.has(s)) nStrict++;
    nGold += gattrs.length;
    nPred += pattrs.length;
  }
  return {
    articles: gold.length,
    articles_predicted: gold.filter((g) => preds.has(g.key)).length,
    gold_attributions: nGold,
    predicted_attributions: nPred,
    content_match: prf(nMatched, nMatched, nPred, nGold),
    content_soft: prf(softP, softR, nPred, nGold),
    content_strict: prf(nStrict, nStrict, nPred, nGold),
    attribution: prf(nCorrect, nCorrect, nPred, nGold),
  };
}

/** Parses a predictions JSONL text as the scorer does (a later line for the same file wins). */
export function parsePredictions(jsonl: string): Map<string, ScoredPrediction[]> {
  const preds = new Map<string, ScoredPrediction[]>();
  jsonl.split('\n').forEach((raw, n) => {
    const line = raw.trim();
    if (!line) return;
    let obj: { file?: unknown; attributions?: unknown };
    try {
      obj = JSON.parse(line) as typeof obj;
    } catch (err) {
      throw new Error(`predictions line ${n + 1}: not JSON (${(err as Error).message})`);
    }
    if (typeof obj.file !== 'string') throw new Error(`predictions line ${n + 1}: no "file"`);
    let key = path.basename(obj.file);
    if (key.endsWith('.txt')) key = key.slice(0, -4);
    const items: ScoredPrediction[] = [];
    for (const a of Array.isArray(obj.attributions) ? (obj.attributions as Record<string, unknown>[]) : []) {
      const content = predictedFragments(a.content);
      if (content) items.push({ content, source: predictedFragments(a.source) });
    }
    preds.set(key, items);
  });
  return preds;
}

/** The scorer's plain-text report, line for line. */
export function formatScore(r: ScoreResult): string {
  const lines = [
    `articles ${r.articles} (predicted ${r.articles_predicted}), gold ${r.gold_attributions}, predicted ${r.predicted_attributions}`,
  ];
  for (const k of ['content_match', 'content_soft', 'content_strict', 'attribution'] as const) {
    const m = r[k];
    lines.push(`${k.padEnd(15)} P ${formatFixed3(m.precision)}  R ${formatFixed3(m.recall)}  F1 ${formatFixed3(m.f1)}`);
  }
  return lines.join('\n');
}
