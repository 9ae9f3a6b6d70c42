/**
 * Fast inference scoring: the same sums as looking up every key of `cueFeatures` /
 * `roleFeatures` in the weight table, with most of the lookups replaced by cached partial sums.
 *
 * A feature key depends on a few values — the token's word, a neighbour's word, the previous
 * tag, small integers (distance bucket, commas, quotation role), the cue. Keys that depend only
 * on one word (and small integers) are summed once per distinct word and kept in a per-model
 * cache indexed by the word's id (`document.ts`); keys that depend only on small integers are
 * summed into small tables; keys that depend on the cue are summed once per cue and value; a
 * word with a fine distance is cached per word and distance. Only the keys crossing two words
 * (the cue tagger's bigrams) are still looked up per token.
 * Weights are integers (see `weights.ts`), so these sums are exact and the scores are
 * bit-for-bit those of the feature-by-feature sum (checked by `scorers.test.ts`). Two hash-table
 * lookups per token instead of ~50 made the taggers about five times faster.
 *
 * Training still uses the feature functions: any change to a template must be mirrored here.
 */
import type { AttributionDocument } from './document';
import * as documentModule from './document';
import * as features from './features';
import * as hash from './hash';
import type { WeightTable } from './weights';
import * as wordClass from './word-class';

const key1 = hash.key1;
const key2 = hash.key2;
const key3 = hash.key3;
const wordFacts = documentModule.wordFacts;
const vocabularySize = documentModule.vocabularySize;
const vocabularyGeneration = documentModule.vocabularyGeneration;
const B = features.BOUNDARY;
const bucket = features.bucket;
const classHash = wordClass.classHash;
const tagHash = wordClass.tagHash;
const MAX_TAGS = wordClass.MAX_TAGS;
const MAX_CLASSES = wordClass.MAX_CLASSES;
const NO_WORD = wordClass.NO_WORD;

const T = 3;

/**
 * A lazily filled cache of per-word vectors, reset per vocabulary generation: `width` floats per
 * word id, in `parts` separately filled parts of width / parts floats each.
 */
class WordCache {
  data = new Float32Array(0);
  filled = new Uint8Array(0);
  generation = -1;

  constructor(
    readonly width: number,
    readonly parts = 1,
  ) {}

  /** Makes room for every id of the document's generation. */
  prepare(doc: AttributionDocument): void {
    if (doc.generation !== vocabularyGeneration()) {
      // Its word ids now name other words: scoring it would silently use their weights.
      throw new Error('attribution document built before the word memo was cleared: build it again');
    }
    const need = vocabularySize();
    if (doc.generation !== this.generation) {
      this.generation = doc.generation;
      this.filled.fill(0);
    }
    if (need * this.parts > this.filled.length) {
      let cap = Math.max(1024, this.filled.length / this.parts);
      while (cap < need) cap <<= 1;
      const data = new Float32Array(cap * this.width);
      data.set(this.data);
      const filled = new Uint8Array(cap * this.parts);
      filled.set(this.filled);
      this.data = data;
      this.filled = filled;
    }
  }
}

/** A table of `n` vectors of T floats, each the sum of the keys `keysOf(index)`. */
function table(weights: WeightTable, n: number, keysOf: (index: number) => number[]): Float32Array {
  const out = new Float32Array(n * T);
  const tmp = new Float64Array(T);
  for (let k = 0; k < n; k++) writeSum(weights, keysOf(k), out, k * T, tmp);
  return out;
}

/** Writes the summed weights of `keys` into out[at .. at + T), adding up in the scratch `tmp`. */
function writeSum(weights: WeightTable, keys: readonly number[], out: Float32Array, at: number, tmp: Float64Array): void {
  tmp.fill(0);
  for (const key of keys) weights.addTo(key, tmp, 0);
  out.set(tmp, at);
}

/** A table of `n` vectors of T floats, each filled with the sum of `keysOf(index)` on first use. */
class LazyTable {
  readonly data: Float32Array;
  private readonly filled: Uint8Array;
  private readonly tmp = new Float64Array(T);

  constructor(
    private readonly weights: WeightTable,
    n: number,
    private readonly keysOf: (index: number) => number[],
  ) {
    this.data = new Float32Array(n * T);
    this.filled = new Uint8Array(n);
  }

  /** Offset of entry `index` in `data`. */
  offset(index: number): number {
    if (!this.filled[index]) {
      writeSum(this.weights, this.keysOf(index), this.data, index * T, this.tmp);
      this.filled[index] = 1;
    }
    return index * T;
  }
}

// Offsets in a cue word vector.
const C_CENTER = 0; // 2, 11, 12, 16
const C_Q = 3; // 18 by quote role (4)
const C_P = 15; // 23 by previous tag (3)
const C_M1 = 24; // 3, 13 as the left neighbour
const C_M1P = 27; // 24 as the left neighbour, by previous tag (3)
const C_P1 = 36; // 4, 14 as the right neighbour
const C_M2 = 39; // 5
const C_P2 = 42; // 6
const C_WIDTH = 45;

/** Scores of the cue tagger (O, B, I) for a token, equal to summing `cueFeatures`' keys. */
export class CueScorer {
  private readonly words = new WordCache(C_WIDTH);
  /** 1, 15, 21 and 22: one entry per (lexicon flags around the token, position in the sentence, previous tag). */
  private readonly lexPosPrev: Float32Array;
  private readonly quoteT: Float32Array;
  private readonly boundM1: Float32Array;
  private readonly boundP1: Float32Array;
  private readonly boundM2: Float32Array;
  private readonly boundP2: Float32Array;
  private readonly boundM1P: Float32Array;

  constructor(private readonly weights: WeightTable) {
    this.lexPosPrev = table(weights, 18 * 20 * 3, (k) => {
      const p = k % 3;
      const pos = ((k / 3) | 0) % 20;
      const lex = (k / 60) | 0;
      return [key1(1, 0), key3(15, (lex / 9) | 0, ((lex / 3) | 0) % 3, lex % 3), key2(21, (pos / 5) | 0, pos % 5), key1(22, p)];
    });
    this.quoteT = table(weights, 100, (k) => [key1(17, (k / 25) | 0), key1(19, ((k / 5) | 0) % 5), key1(20, k % 5)]);
    this.boundM1 = table(weights, 1, () => [key1(3, B), key1(13, B)]);
    this.boundP1 = table(weights, 1, () => [key1(4, B), key1(14, B)]);
    this.boundM2 = table(weights, 1, () => [key1(5, B)]);
    this.boundP2 = table(weights, 1, () => [key1(6, B)]);
    this.boundM1P = table(weights, 3, (p) => [key2(24, p, B)]);
  }

  /** Call once per document before scoring its tokens. */
  prepare(doc: AttributionDocument): void {
    this.words.prepare(doc);
  }

  /** Offset of word `id`'s vectors in the cache, filling them on first use. */
  private word(id: number): number {
    const base = id * C_WIDTH;
    if (this.words.filled[id]) return base;
    const f = wordFacts(id);
    const d = this.words.data;
    const tmp = new Float64Array(C_WIDTH);
    const w = this.weights;
    w.addTo(key1(2, f.wordH), tmp, C_CENTER);
    w.addTo(key1(11, f.suffixH), tmp, C_CENTER);
    w.addTo(key1(12, f.shapeH), tmp, C_CENTER);
    w.addTo(key2(16, f.lexicon, f.suffixH), tmp, C_CENTER);
    for (let q = 0; q < 4; q++) w.addTo(key2(18, q, f.wordH), tmp, C_Q + q * T);
    for (let p = 0; p < 3; p++) w.addTo(key2(23, p, f.wordH), tmp, C_P + p * T);
    w.addTo(key1(3, f.wordH), tmp, C_M1);
    w.addTo(key1(13, f.shapeH), tmp, C_M1);
    for (let p = 0; p < 3; p++) w.addTo(key2(24, p, f.wordH), tmp, C_M1P + p * T);
    w.addTo(key1(4, f.wordH), tmp, C_P1);
    w.addTo(key1(14, f.shapeH), tmp, C_P1);
    w.addTo(key1(5, f.wordH), tmp, C_M2);
    w.addTo(key1(6, f.wordH), tmp, C_P2);
    d.set(tmp, base);
    this.words.filled[id] = 1;
    return base;
  }

  /**
   * Scores of token i (in the sentence [s0, s1)) given the previous tag, into out[0..3).
   * The neighbour blocks below are written out on purpose: this is the tagger's hot path (every
   * token, every previous tag), so the three tag sums stay in local variables, with no call or
   * array allocation per neighbour.
   */
  score(doc: AttributionDocument, i: number, s0: number, s1: number, prevTag: number, out: Float64Array): void {
    const W = doc.wordH;
    const ids = doc.wordId;
    const d = this.words.data;
    const hasM1 = i - 1 >= s0;
    const hasP1 = i + 1 < s1;
    const w = W[i] as number;
    const wm1 = hasM1 ? (W[i - 1] as number) : B;
    const wm2 = i - 2 >= s0 ? (W[i - 2] as number) : B;
    const wp1 = hasP1 ? (W[i + 1] as number) : B;
    const wp2 = i + 2 < s1 ? (W[i + 2] as number) : B;
    const c = this.word(ids[i] as number);
    const q = doc.quoteRole[i] as number;
    const p = prevTag;
    let v0 = (d[c] as number) + (d[c + C_Q + q * T] as number) + (d[c + C_P + p * T] as number);
    let v1 = (d[c + 1] as number) + (d[c + C_Q + q * T + 1] as number) + (d[c + C_P + p * T + 1] as number);
    let v2 = (d[c + 2] as number) + (d[c + C_Q + q * T + 2] as number) + (d[c + C_P + p * T + 2] as number);
    // Neighbour words (or the sentence boundary).
    let o: number;
    let t: Float32Array;
    if (hasM1) {
      o = this.word(ids[i - 1] as number);
      v0 += (d[o + C_M1] as number) + (d[o + C_M1P + p * T] as number);
      v1 += (d[o + C_M1 + 1] as number) + (d[o + C_M1P + p * T + 1] as number);
      v2 += (d[o + C_M1 + 2] as number) + (d[o + C_M1P + p * T + 2] as number);
    } else {
      t = this.boundM1;
      const u = this.boundM1P;
      v0 += (t[0] as number) + (u[p * T] as number);
      v1 += (t[1] as number) + (u[p * T + 1] as number);
      v2 += (t[2] as number) + (u[p * T + 2] as number);
    }
    if (hasP1) {
      o = this.word(ids[i + 1] as number) + C_P1;
      v0 += d[o] as number;
      v1 += d[o + 1] as number;
      v2 += d[o + 2] as number;
    } else {
      t = this.boundP1;
      v0 += t[0] as number;
      v1 += t[1] as number;
      v2 += t[2] as number;
    }
    if (i - 2 >= s0) {
      o = this.word(ids[i - 2] as number) + C_M2;
      v0 += d[o] as number;
      v1 += d[o + 1] as number;
      v2 += d[o + 2] as number;
    } else {
      t = this.boundM2;
      v0 += t[0] as number;
      v1 += t[1] as number;
      v2 += t[2] as number;
    }
    if (i + 2 < s1) {
      o = this.word(ids[i + 2] as number) + C_P2;
      v0 += d[o] as number;
      v1 += d[o + 1] as number;
      v2 += d[o + 2] as number;
    } else {
      t = this.boundP2;
      v0 += t[0] as number;
      v1 += t[1] as number;
      v2 += t[2] as number;
    }
    // Small-integer templates.
    const lex = doc.lexicon[i] as number;
    const lexM1 = hasM1 ? (doc.lexicon[i - 1] as number) : 2;
    const lexP1 = hasP1 ? (doc.lexicon[i + 1] as number) : 2;
    const fromStart = Math.min(i - s0, 3);
    const toEnd = Math.min(s1 - i, 4);
    o = (((lex * 9 + lexM1 * 3 + lexP1) * 20 + fromStart * 5 + toEnd) * 3 + p) * T;
    t = this.lexPosPrev;
    v0 += t[o] as number;
    v1 += t[o + 1] as number;
    v2 += t[o + 2] as number;
    const qM1 = hasM1 ? (doc.quoteRole[i - 1] as number) : 4;
    const qP1 = hasP1 ? (doc.quoteRole[i + 1] as number) : 4;
    o = (q * 25 + qM1 * 5 + qP1) * T;
    t = this.quoteT;
    v0 += t[o] as number;
    v1 += t[o + 1] as number;
    v2 += t[o + 2] as number;
    // Bigrams: looked up per token.
    out[0] = v0;
    out[1] = v1;
    out[2] = v2;
    const wt = this.weights;
    wt.addTo(key2(7, wm1, w), out, 0);
    wt.addTo(key2(8, w, wp1), out, 0);
    wt.addTo(key2(9, wm2, wm1), out, 0);
    wt.addTo(key2(10, wp1, wp2), out, 0);
  }
}

// Offsets in a role word vector.
const R_SELF = 0; // 110, 112, 113 by side (2)
const R_LEFT = 6; // 114 as the token's left neighbour, by side (2)
const R_RIGHT = 12; // 115 as the token's right neighbour, by side (2)
const R_PREV = 18; // 125 by previous tag and side (6)
const R_WIDTH = 36;

const N_DB = 26;
const N_CB = 8;
const N_SD = 5;
const N_QREL = 12;
/** Entries of each per-cue-value cache before it is cleared. */
const CUE_CACHE_LIMIT = 10_000;

/** Scores of the role tagger (O, S, C) for a token and a cue, equal to summing `roleFeatures`' keys. */
export class RoleScorer {
  private readonly words = new WordCache(R_WIDTH);
  /**
   * 111 (word × distance bucket) and 133 (the word's class × bucket), by word and bucket, filled
   * per bucket on first use. 111 is the one template crossing a word with a fine distance:
   * looked up in the multi-megabyte weight table for every token of every window, it cost a
   * sixth of the span stage; frequent words now find it in this small, cache-warm block. It
   * grows with the vocabulary generation, to 40 MB at most (312 bytes a word, 100,000 words).
   */
  private readonly wordDb = new WordCache(N_DB * T, N_DB);
  private readonly tmp = new Float64Array(T);
  /** 101–109 and, by previous tag, 123, 124, 126, 127: one entry per (db, cb, sd, qrel, previous tag). */
  private readonly geo: LazyTable;
  /** 128, 129 and 116: one entry per (previous word's tag, isWord, previous tag, cb, lexicon). */
  private readonly prevWordT: Float32Array;
  private readonly boundLeft: Float32Array;
  private readonly boundRight: Float32Array;
  /** 130 by (tag, next tag, side) + 134 by (tag, previous tag, side); 131 by (tag before, tag, side); 132 by (class, cb). */
  private readonly tagNext: LazyTable;
  private readonly tagBefore: LazyTable;
  private readonly classCb: LazyTable;
  /**
   * Per-cue sums: 117, 118, 120, 121 by db; 119 by (cb, sd); 122 by (qrel, side). Built in
   * `setCue` from vectors cached per cue text, word before, word after and head word (a few
   * dozen distinct values per article: "said", "told", "according to", ...).
   */
  private cueDb = new Float32Array(N_DB * T);
  private cueCbSd: Float32Array = new Float32Array(N_CB * N_SD * T);
  private cueQrel: Float32Array = new Float32Array(N_QREL * 2 * T);
  private readonly byText = new Map<number, Float32Array>();
  private readonly byBefore = new Map<number, Float32Array>();
  private readonly byAfter = new Map<number, Float32Array>();
  private readonly byHeadCbSd = new Map<number, Float32Array>();
  private readonly byHeadQrel = new Map<number, Float32Array>();

  constructor(private readonly weights: WeightTable) {
    this.prevWordT = table(weights, 3 * 2 * 3 * N_CB * 2, (k) => {
      const lex = k % 2;
      const cb = ((k / 2) | 0) % N_CB;
      const p = ((k / (2 * N_CB)) | 0) % 3;
      const isWord = ((k / (2 * N_CB * 3)) | 0) % 2;
      const pw = (k / (2 * N_CB * 6)) | 0;
      return [key3(128, pw, isWord, cb >= 4 ? 1 : 0), key3(129, pw, p, cb), key2(116, lex, cb)];
    });
    this.tagNext = new LazyTable(weights, MAX_TAGS * MAX_TAGS * 6, (k) => {
      const side = k % 2;
      const p = ((k / 2) | 0) % 3;
      const next = ((k / 6) | 0) % MAX_TAGS;
      const tag = (k / (6 * MAX_TAGS)) | 0;
      return [key3(130, tagHash(tag), tagHash(next), side), key3(134, tagHash(tag), p, side)];
    });
    this.tagBefore = new LazyTable(weights, MAX_TAGS * MAX_TAGS * 2, (k) => [key3(131, tagHash((k / (2 * MAX_TAGS)) | 0), tagHash(((k / 2) | 0) % MAX_TAGS), k % 2)]);
    this.classCb = new LazyTable(weights, MAX_CLASSES * N_CB, (k) => [key2(132, classHash((k / N_CB) | 0), k % N_CB)]);
    this.geo = new LazyTable(weights, N_DB * N_CB * N_SD * N_QREL * 3, (k) => {
      const p = k % 3;
      const qrel = ((k / 3) | 0) % N_QREL;
      const sd = ((k / (3 * N_QREL)) | 0) % N_SD;
      const cb = ((k / (3 * N_QREL * N_SD)) | 0) % N_CB;
      const db = (k / (3 * N_QREL * N_SD * N_CB)) | 0;
      const side = db >= 16 ? 1 : 0;
      return [
        key1(101, 0),
        key1(102, db),
        key1(103, cb),
        key2(104, cb, db),
        key2(105, sd, side),
        key2(106, sd, cb),
        key2(107, qrel, side),
        key2(108, qrel, db),
        key2(109, qrel, cb),
        key2(123, p, side),
        key2(124, p, db),
        key3(126, p, cb, sd),
        key2(127, p, qrel),
      ];
    });
    this.boundLeft = table(weights, 2, (side) => [key2(114, B, side)]);
    this.boundRight = table(weights, 2, (side) => [key2(115, B, side)]);
  }

  /** Call once per document before scoring its tokens. */
  prepare(doc: AttributionDocument): void {
    this.words.prepare(doc);
    this.wordDb.prepare(doc);
  }

  /** A cached vector table of `n` entries for `value`, built by `keyOf(value, index)` on first use. */
  private cached(map: Map<number, Float32Array>, value: number, n: number, keyOf: (value: number, index: number) => number): Float32Array {
    let v = map.get(value);
    if (v === undefined) {
      if (map.size >= CUE_CACHE_LIMIT) map.clear();
      v = table(this.weights, n, (k) => [keyOf(value, k)]);
      map.set(value, v);
    }
    return v;
  }

  /** Call once per cue before scoring tokens for it. */
  setCue(textH: number, headH: number, beforeH: number, afterH: number): void {
    const text = this.cached(this.byText, textH, 2 * N_DB, (h, k) => (k < N_DB ? key2(117, h, k >= 16 ? 1 : 0) : key2(118, h, k - N_DB)));
    const before = this.cached(this.byBefore, beforeH, N_DB, (h, db) => key2(120, h, db));
    const after = this.cached(this.byAfter, afterH, N_DB, (h, db) => key2(121, h, db));
    const d = this.cueDb;
    for (let k = 0; k < N_DB * T; k++) {
      d[k] = (text[k] as number) + (text[N_DB * T + k] as number) + (before[k] as number) + (after[k] as number);
    }
    this.cueCbSd = this.cached(this.byHeadCbSd, headH, N_CB * N_SD, (h, k) => key3(119, h, (k / N_SD) | 0, k % N_SD));
    this.cueQrel = this.cached(this.byHeadQrel, headH, N_QREL * 2, (h, k) => key3(122, h, k >> 1, k & 1));
  }

  private word(id: number): number {
    const base = id * R_WIDTH;
    if (this.words.filled[id]) return base;
    const f = wordFacts(id);
    const tmp = new Float64Array(R_WIDTH);
    const w = this.weights;
    for (let side = 0; side < 2; side++) {
      w.addTo(key2(110, f.wordH, side), tmp, R_SELF + side * T);
      w.addTo(key2(112, f.shapeH, side), tmp, R_SELF + side * T);
      w.addTo(key2(113, f.suffixH, side), tmp, R_SELF + side * T);
      w.addTo(key2(114, f.wordH, side), tmp, R_LEFT + side * T);
      w.addTo(key2(115, f.wordH, side), tmp, R_RIGHT + side * T);
      for (let p = 0; p < 3; p++) w.addTo(key3(125, p, f.wordH, side), tmp, R_PREV + (p * 2 + side) * T);
    }
    this.words.data.set(tmp, base);
    this.words.filled[id] = 1;
    return base;
  }

  /**
   * Scores of token i for the current cue at tokens [start, end): `commas` separators crossed,
   * `cueSentence` / `cueQuote` the cue's sentence and quotation, `lo` the window start.
   */
  score(
    doc: AttributionDocument,
    start: number,
    end: number,
    cueSentence: number,
    cueQuote: number,
    lo: number,
    i: number,
    commas: number,
    prevTag: number,
    prevWordTag: number,
    out: Float64Array,
  ): void {
    const left = i < start;
    const side = left ? 0 : 1;
    const db = side * 16 + bucket(left ? start - i : i - end + 1);
    const cb = side * 4 + (commas < 3 ? commas : 3);
    const sentDelta = (doc.sentenceOf[i] as number) - cueSentence;
    const sd = (sentDelta < -2 ? -2 : sentDelta > 2 ? 2 : sentDelta) + 2;
    const q = doc.quoteOf[i] as number;
    const qrel = (q < 0 ? 0 : q === cueQuote ? 1 : 2) * 4 + (doc.quoteRole[i] as number);
    const p = prevTag;
    const ids = doc.wordId;
    const d = this.words.data;
    let o = this.word(ids[i] as number);
    let o2 = o + R_SELF + side * T;
    const o3 = o + R_PREV + (p * 2 + side) * T;
    let v0 = (d[o2] as number) + (d[o3] as number);
    let v1 = (d[o2 + 1] as number) + (d[o3 + 1] as number);
    let v2 = (d[o2 + 2] as number) + (d[o3 + 2] as number);
    if (i > lo) {
      o2 = this.word(ids[i - 1] as number) + R_LEFT + side * T;
      v0 += d[o2] as number;
      v1 += d[o2 + 1] as number;
      v2 += d[o2 + 2] as number;
    } else {
      o2 = side * T;
      v0 += this.boundLeft[o2] as number;
      v1 += this.boundLeft[o2 + 1] as number;
      v2 += this.boundLeft[o2 + 2] as number;
    }
    if (i + 1 < doc.wordId.length) {
      o2 = this.word(ids[i + 1] as number) + R_RIGHT + side * T;
      v0 += d[o2] as number;
      v1 += d[o2 + 1] as number;
      v2 += d[o2 + 2] as number;
    } else {
      o2 = side * T;
      v0 += this.boundRight[o2] as number;
      v1 += this.boundRight[o2 + 1] as number;
      v2 += this.boundRight[o2 + 2] as number;
    }
    let t: Float32Array = this.geo.data;
    o = this.geo.offset((((db * N_CB + cb) * N_SD + sd) * N_QREL + qrel) * 3 + p);
    v0 += t[o] as number;
    v1 += t[o + 1] as number;
    v2 += t[o + 2] as number;
    t = this.prevWordT;
    o = (((((prevWordTag * 2 + (doc.isWord[i] as number)) * 3 + p) * N_CB + cb) * 2) + (doc.lexicon[i] as number)) * T;
    v0 += t[o] as number;
    v1 += t[o + 1] as number;
    v2 += t[o + 2] as number;
    t = this.cueDb;
    o = db * T;
    v0 += t[o] as number;
    v1 += t[o + 1] as number;
    v2 += t[o + 2] as number;
    t = this.cueCbSd;
    o = (cb * N_SD + sd) * T;
    v0 += t[o] as number;
    v1 += t[o + 1] as number;
    v2 += t[o + 2] as number;
    t = this.cueQrel;
    o = (qrel * 2 + side) * T;
    v0 += t[o] as number;
    v1 += t[o + 1] as number;
    v2 += t[o + 2] as number;
    const tag = doc.tagId[i] as number;
    const before = i > lo ? (doc.tagId[i - 1] as number) : NO_WORD;
    const next = i + 1 < doc.tagId.length ? (doc.tagId[i + 1] as number) : NO_WORD;
    t = this.tagNext.data;
    o = this.tagNext.offset(((tag * MAX_TAGS + next) * 3 + p) * 2 + side);
    v0 += t[o] as number;
    v1 += t[o + 1] as number;
    v2 += t[o + 2] as number;
    t = this.tagBefore.data;
    o = this.tagBefore.offset((before * MAX_TAGS + tag) * 2 + side);
    v0 += t[o] as number;
    v1 += t[o + 1] as number;
    v2 += t[o + 2] as number;
    const cls = doc.classId[i] as number;
    t = this.classCb.data;
    o = this.classCb.offset(cls * N_CB + cb);
    v0 += t[o] as number;
    v1 += t[o + 1] as number;
    v2 += t[o + 2] as number;
    o = (ids[i] as number) * N_DB + db;
    const wd = this.wordDb;
    if (!wd.filled[o]) {
      writeSum(this.weights, [key2(111, doc.wordH[i] as number, db), key2(133, classHash(cls), db)], wd.data, o * T, this.tmp);
      wd.filled[o] = 1;
    }
    t = wd.data;
    o *= T;
    out[0] = v0 + (t[o] as number);
    out[1] = v1 + (t[o + 1] as number);
    out[2] = v2 + (t[o + 2] as number);
  }
}
