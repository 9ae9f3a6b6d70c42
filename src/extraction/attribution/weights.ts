/**
 * Frozen weights in an open-addressing hash table: integer feature key → one weight per tag.
 * Each slot holds its key and its weights side by side in one buffer ([key, w0, w1, w2]), so a
 * lookup touches one cache line; with keys and weights in separate arrays the tagger spent
 * most of its time waiting on the second memory access.
 */

/** Weights of a trained tagger, looked up by integer feature key. */
export class WeightTable {
  private readonly keys: Int32Array;
  private readonly values: Float32Array;
  private readonly mask: number;
  private readonly stride: number;

  /** Builds the table from parallel arrays: keys[k] owns values[k * nTags .. (k + 1) * nTags), each divided by scale. */
  constructor(readonly nTags: number, keys: ArrayLike<number>, values: ArrayLike<number>, scale = 1) {
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
      for (let t = 0; t < nTags; t++) this.values[base + 1 + t] = (values[k * nTags + t] as number) / scale;
    }
  }

  /** Index of the slot holding `key`, or of the empty slot where it would go. */
  private find(key: number): number {
    let slot = (key ^ (key >>> 15)) & this.mask;
    while (this.keys[slot * this.stride] !== 0 && this.keys[slot * this.stride] !== key) slot = (slot + 1) & this.mask;
    return slot * this.stride;
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
