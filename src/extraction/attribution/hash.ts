/**
 * Integer feature keys. Building feature strings and hashing them in a Map cost ~300 ns per
 * feature, which held the stage to ~50 articles/s; hashing each token's word once and mixing
 * small integers per feature (multiply-xorshift steps) is an order of magnitude cheaper.
 * Collisions among the ~10^5 live features in a 32-bit space are rare and harmless.
 */

/** 32-bit FNV-1a hash of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    // h * 16777619 (the FNV prime) mod 2^32 as shifts and adds: exact, and no Math.imul (see below).
    h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) | 0;
  }
  return h | 0;
}

/**
 * Multipliers below 2^21 keep every product of an int32 exact in a double, so plain `*` then
 * `| 0` is exact 32-bit arithmetic. Math.imul would be the usual choice, but under jest's
 * vm-context test environment it ran ~50x slower than in node and dominated the test time.
 */
const M1 = 0x1e3779;
const M2 = 0x19b0d3;

/** Folds one integer into a running hash. */
export function mix(seed: number, value: number): number {
  let h = ((seed ^ value) * M1) | 0;
  h ^= h >>> 15;
  return (h * M2 + 0x6b64) | 0;
}

/** Finishes a hash (spreads high bits down); never returns 0, which marks an empty table slot. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = (h * M1) | 0;
  h ^= h >>> 13;
  h = (h * M2) | 0;
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/** A feature key from a template number and one integer value. */
export function key1(template: number, a: number): number {
  return finish(mix(template, a));
}

/** A feature key from a template number and two integer values. */
export function key2(template: number, a: number, b: number): number {
  return finish(mix(mix(template, a), b));
}

/** A feature key from a template number and three integer values. */
export function key3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(template, a), b), c));
}
