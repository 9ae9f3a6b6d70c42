/**
 * Feature templates of the two taggers, as integer keys (see hash.ts). Each function fills a
 * caller-owned Int32Array and returns how many keys it wrote, so tagging allocates nothing.
 * Every template has its own number (the first argument of `key`), so two templates never share
 * a key by construction.
 */
import type { AttributionDocument } from './document';
import * as hash from './hash';
import * as wordClass from './word-class';

// Local bindings: tsx (esbuild) compiles named imports to getter calls, which cost more than
// the hashing itself in these hot loops.
const key1 = hash.key1;
const key2 = hash.key2;
const key3 = hash.key3;
const mix = hash.mix;
const hashString = hash.hashString;
const classHash = wordClass.classHash;
const tagHash = wordClass.tagHash;

/** Tags of the cue tagger: outside, begins a cue, inside a cue. */
export const CUE_TAGS = ['O', 'B', 'I'] as const;
/** Tags of the role tagger (per cue): outside, source, content. */
export const ROLE_TAGS = ['O', 'S', 'C'] as const;

/** Upper bound on features per token (the size of the arrays callers pass in). */
export const MAX_FEATURES = 48;

const NO_WORD = wordClass.NO_WORD;

/** The hash standing for "no token here" (before a sentence's start, after its end). */
export const BOUNDARY = hashString('<s>');

/** Features for deciding whether token `i` begins or continues a cue, given the previous tag. */
export function cueFeatures(doc: AttributionDocument, i: number, prevTag: number, out: Int32Array): number {
  const sent = doc.sentences[doc.sentenceOf[i] as number];
  const s0 = sent ? sent.tokenStart : 0;
  const s1 = sent ? sent.tokenEnd : doc.tokens.length;
  // No closures here: tsx wraps each closure creation in a naming helper, which dominated the profile.
  const W = doc.wordH;
  const w = W[i] as number;
  const hasM1 = i - 1 >= s0;
  const hasP1 = i + 1 < s1;
  const wm1 = hasM1 ? (W[i - 1] as number) : BOUNDARY;
  const wm2 = i - 2 >= s0 ? (W[i - 2] as number) : BOUNDARY;
  const wp1 = hasP1 ? (W[i + 1] as number) : BOUNDARY;
  const wp2 = i + 2 < s1 ? (W[i + 2] as number) : BOUNDARY;
  const lex = doc.lexicon[i] as number;
  const lexM1 = hasM1 ? (doc.lexicon[i - 1] as number) : 2;
  const lexP1 = hasP1 ? (doc.lexicon[i + 1] as number) : 2;
  const qM1 = hasM1 ? (doc.quoteRole[i - 1] as number) : 4;
  const qP1 = hasP1 ? (doc.quoteRole[i + 1] as number) : 4;
  const shM1 = hasM1 ? (doc.shapeH[i - 1] as number) : BOUNDARY;
  const shP1 = hasP1 ? (doc.shapeH[i + 1] as number) : BOUNDARY;
  const q = doc.quoteRole[i] as number;
  // Position in the sentence: ", he said." cues sit at the end, "According to" at the start.
  const fromStart = Math.min(i - s0, 3);
  const toEnd = Math.min(s1 - i, 4);
  const p = prevTag;
  let n = 0;
  out[n++] = key1(1, 0);
  out[n++] = key1(2, w);
  out[n++] = key1(3, wm1);
  out[n++] = key1(4, wp1);
  out[n++] = key1(5, wm2);
  out[n++] = key1(6, wp2);
  out[n++] = key2(7, wm1, w);
  out[n++] = key2(8, w, wp1);
  out[n++] = key2(9, wm2, wm1);
  out[n++] = key2(10, wp1, wp2);
  out[n++] = key1(11, doc.suffixH[i] as number);
  out[n++] = key1(12, doc.shapeH[i] as number);
  out[n++] = key1(13, shM1);
  out[n++] = key1(14, shP1);
  out[n++] = key3(15, lex, lexM1, lexP1);
  out[n++] = key2(16, lex, doc.suffixH[i] as number);
  out[n++] = key1(17, q);
  out[n++] = key2(18, q, w);
  out[n++] = key1(19, qM1);
  out[n++] = key1(20, qP1);
  out[n++] = key2(21, fromStart, toEnd);
  out[n++] = key1(22, p);
  out[n++] = key2(23, p, w);
  out[n++] = key2(24, p, wm1);
  return n;
}

/** Everything the role tagger needs to know about the cue it is tagging for. */
export interface CueContext {
  /** Token range [start, end) of the cue. */
  start: number;
  end: number;
  /** Hashes of the cue's words ("said", "according to"), of its last word, and of its neighbours. */
  textH: number;
  headH: number;
  beforeH: number;
  afterH: number;
  sentence: number;
  /** Index of the quotation containing the cue, or -1. */
  quote: number;
  /** Clause separators between the cue and each token of the window, per side. */
  commasLeft: Int32Array;
  commasRight: Int32Array;
}

/** Precomputes the per-cue context over the token window [lo, hi). */
export function cueContext(doc: AttributionDocument, start: number, end: number, lo: number, hi: number): CueContext {
  let textH = 0;
  for (let i = start; i < end; i++) textH = mix(textH, doc.wordH[i] as number);
  const commasLeft = new Int32Array(Math.max(0, start - lo));
  let c = 0;
  for (let i = start - 1; i >= lo; i--) {
    commasLeft[start - 1 - i] = c;
    c += doc.separator[i] as number;
  }
  const commasRight = new Int32Array(Math.max(0, hi - end));
  c = 0;
  for (let i = end; i < hi; i++) {
    c += doc.separator[i] as number;
    commasRight[i - end] = c;
  }
  return {
    start,
    end,
    textH,
    headH: doc.wordH[end - 1] as number,
    beforeH: start > 0 ? (doc.wordH[start - 1] as number) : BOUNDARY,
    afterH: end < doc.tokens.length ? (doc.wordH[end] as number) : BOUNDARY,
    sentence: doc.sentenceOf[start] as number,
    quote: doc.quoteOf[start] as number,
    commasLeft,
    commasRight,
  };
}

/** Distance buckets: exact near the cue, coarser further away. */
export function bucket(d: number): number {
  if (d <= 4) return d;
  if (d <= 7) return 5;
  if (d <= 12) return 6;
  if (d <= 20) return 7;
  if (d <= 40) return 8;
  return 9;
}

/** Features for the role (source / content / outside) of token `i` relative to cue `cue`. */
export function roleFeatures(
  doc: AttributionDocument,
  cue: CueContext,
  lo: number,
  i: number,
  prevTag: number,
  prevWordTag: number,
  out: Int32Array,
): number {
  const left = i < cue.start;
  const side = left ? 0 : 1;
  const dist = left ? cue.start - i : i - cue.end + 1;
  const db = side * 16 + bucket(dist);
  const commas = left ? (cue.commasLeft[cue.start - 1 - i] as number) : (cue.commasRight[i - cue.end] as number);
  const cb = side * 4 + Math.min(commas, 3);
  const sentDelta = (doc.sentenceOf[i] as number) - cue.sentence;
  const sd = Math.max(-2, Math.min(2, sentDelta)) + 2;
  const q = doc.quoteOf[i] as number;
  // Where the token's quotation stands to the cue: none, the one holding the cue, or another.
  const qrel = (q < 0 ? 0 : q === cue.quote ? 1 : 2) * 4 + (doc.quoteRole[i] as number);
  const w = doc.wordH[i] as number;
  // The neighbour on the far side from the cue, and the one on the near side.
  const wm1 = i > lo ? (doc.wordH[i - 1] as number) : BOUNDARY;
  const wp1 = i + 1 < doc.tokens.length ? (doc.wordH[i + 1] as number) : BOUNDARY;
  const p = prevTag;
  let n = 0;
  out[n++] = key1(101, 0);
  out[n++] = key1(102, db);
  out[n++] = key1(103, cb);
  out[n++] = key2(104, cb, db);
  out[n++] = key2(105, sd, side);
  out[n++] = key2(106, sd, cb);
  out[n++] = key2(107, qrel, side);
  out[n++] = key2(108, qrel, db);
  out[n++] = key2(109, qrel, cb);
  out[n++] = key2(110, w, side);
  out[n++] = key2(111, w, db);
  out[n++] = key2(112, doc.shapeH[i] as number, side);
  out[n++] = key2(113, doc.suffixH[i] as number, side);
  out[n++] = key2(114, wm1, side);
  out[n++] = key2(115, wp1, side);
  out[n++] = key2(116, doc.lexicon[i] as number, cb);
  out[n++] = key2(117, cue.textH, side);
  out[n++] = key2(118, cue.textH, db);
  out[n++] = key3(119, cue.headH, cb, sd);
  out[n++] = key2(120, cue.beforeH, db);
  out[n++] = key2(121, cue.afterH, db);
  out[n++] = key3(122, cue.headH, qrel, side);
  out[n++] = key2(123, p, side);
  out[n++] = key2(124, p, db);
  out[n++] = key3(125, p, w, side);
  out[n++] = key3(126, p, cb, sd);
  out[n++] = key2(127, p, qrel);
  // The tag before the punctuation just crossed: in "The economy is strong, the president said"
  // the comma is outside both spans, and only this tells "strong" that a source came before it.
  out[n++] = key3(128, prevWordTag, doc.isWord[i] as number, side);
  out[n++] = key3(129, prevWordTag, p, cb);
  // Part-of-speech classes (word-class.ts): where a content ends — before a conjunction and a
  // second verb, a relative clause, a trailing participle — is a matter of word classes.
  const g0 = tagHash(doc.tagId[i] as number);
  const gm1 = tagHash(i > lo ? (doc.tagId[i - 1] as number) : NO_WORD);
  const gp1 = tagHash(i + 1 < doc.tokens.length ? (doc.tagId[i + 1] as number) : NO_WORD);
  const c0 = classHash(doc.classId[i] as number);
  out[n++] = key3(130, g0, gp1, side);
  out[n++] = key3(131, gm1, g0, side);
  out[n++] = key2(132, c0, cb);
  out[n++] = key2(133, c0, db);
  out[n++] = key3(134, g0, p, side);
  return n;
}
