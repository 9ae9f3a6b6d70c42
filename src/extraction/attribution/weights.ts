/**
 * Frozen weights in an open-addressing hash table: integer feature key → one weight per tag.
 * Each slot holds its key and its weights side by side in one buffer ([key, w0, w1, w2]), so a
 * lookup touches one cache line; with keys and weights in separate arrays the tagger spent
 * most of its time waiting on the second memory access.
 */

const FILTER_BITS = 1 << 20;

/** The filter bit of a key (from other bits than the table slot, which uses the low ones). */
function filterSlot(key: number): number {
  return (key >>> 11) & (FILTER_BITS - 1);
}

/** Weights of a trained tagger, looked up by integer feature key. */
export class WeightTable {
  private readonly keys: Int32Array;
  private readonly values: Float32Array;
  private readonly mask: number;
  private readonly stride: number;
  /**
   * One bit per filter slot, set for every key's slot: most bigram lookups are of keys that
   * are not in the model (pruned or never seen), and this 128 kB filter (which stays in cache)
   * rejects most of them without touching the multi-megabyte table. No false negatives.
   */
  private readonly filter = new Int32Array(FILTER_BITS >>> 5);

  /**
   * Builds the table from parallel arrays: keys[k] owns values[k * nTags .. (k + 1) * nTags).
   * The values are the model's integers (real weight × scale) and stay integers here, so any sum
   * of them is exact in a double whatever the order of addition: the cached partial sums of
   * `scorers.ts` then give bit-for-bit the scores of a feature-by-feature sum. Scores are in
   * units of 1 / scale.
   */
  constructor(readonly nTags: number, keys: ArrayLike<number>, values: ArrayLike<number>, readonly scale = 1) {
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.stride = nTags + 1;
    const buffer = new ArrayBuffer(cap * this.stride * 4);
    this.keys = new Int32Array(buffer);
    this.values = new Float32Array(buffer);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as number;
      const base = this.find(key);
      this.keys[base] = key;
      const f = filterSlot(key);
      this.filter[f >>> 5] = (this.filter[f >>> 5] as number) | (1 << (f & 31));
      for (let t = 0; t < nTags; t++) this.values[base + 1 + t] = values[k * nTags + t] as number;
    }
  }

  /** Index of the slot holding `key`, or of the empty slot where it would go. */
  private find(key: number): number {
    let slot = (key ^ (key >>> 15)) & this.mask;
    while (this.keys[slot * this.stride] !== 0 && this.keys[slot * this.stride] !== key) slot = (slot + 1) & this.mask;
    return slot * this.stride;
  }

  /** Adds the weights of feature `key` (if known) into dst[off .. off + nTags). */
  addTo(key: number, dst: Float64Array | Float32Array, off: number): void {
    const f = filterSlot(key);
    if (((this.filter[f >>> 5] as number) & (1 << (f & 31))) === 0) return;
    const base = this.find(key);
    if (this.keys[base] === 0) return;
    for (let t = 0; t < this.nTags; t++) dst[off + t] = (dst[off + t] as number) + (this.values[base + 1 + t] as number);
  }

  /** Adds the weights of every feature into `scores` after zeroing it. */
  score(features: Int32Array, n: number, scores: Float64Array): void {
    const nTags = this.nTags;
    scores.fill(0);
    for (let f = 0; f < n; f++) {
      const base = this.find(features[f] as number);
      if (this.keys[base] === 0) continue;
      for (let t = 0; t < nTags; t++) scores[t] = (scores[t] as number) + (this.values[base + 1 + t] as number);
    }
  }
}

/** Index of the highest score (first on ties, so tag 0 = "outside" wins a tie). */
export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let t = 1; t < scores.length; t++) if ((scores[t] as number) > (scores[best] as number)) best = t;
  return best;
}
