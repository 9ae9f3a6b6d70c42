import { memoize } from '../extraction/entities/memoize';
import { preparedClaim } from './prepared-claims';

/**
 * How many band keys each claim stores (`band0` … `band19`, each range-indexed with
 * `firstSeenAt`: migrations 0010 and 0013). Two claims that could reach the SIMILAR_TO threshold
 * share at least two content words, and share a band's key when, under that band's hash, the two lowest words of each are the
 * same two: likelier the more words they share (about s(s−1)/(u(u−1)) per band for s shared
 * of u words in all). Over every pair of PolNeAR train + dev claims from different articles
 * (`crossArticlePairs`), 20 bands find every one of the 374 merges and 2,671 of the 2,869 pairs
 * at or above SIMILAR_TO (the missed ones score 0.45–0.46), and on the dev split all 3 merges
 * and 9 SIMILAR_TO, as the full-text lookup did. 16 bands found 2,558 and missed one of dev's;
 * 24 found 2,718 at a fifth more index entries and candidate rows.
 */
export const CLAIM_BANDS = 20;

/**
 * How many claims sharing a band key ingest reads as candidates on each side of the article's
 * date: the nearest in time, by the range index on the key and `firstSeenAt` (migration 0013).
 * Without a bound, a key two common words make ("clinton trump") is shared by a share of the
 * whole graph: at 100k synthetic statements a claim had 17,000 candidates and one article took
 * 7 s to ingest, and it grows with the archive. With it, a claim reads at most 2 × 20 × 20 ids
 * however large the graph, and what a claim is compared with is what was said near its time.
 * Storing PolNeAR train + dev in file order (publisher by publisher, so out of date order:
 * `npm run eval:claims -- …/train …/dev`), 20 a side still finds every one of the 374 merges and
 * 2,248 of the 2,297 SIMILAR_TO pairs the unbounded keys find (10 a side: 2,152; 50: 2,278). A
 * claim worded exactly alike is found by its text, whatever its date.
 */
export const NEAREST_CLAIMS_PER_KEY = 20;

/** The claim properties that hold the band keys, in band order; the .cypher files name the same. */
export const CLAIM_BAND_PROPERTIES: readonly string[] = Array.from({ length: CLAIM_BANDS }, (_, band) => `band${band}`);

/**
 * A claim's band keys (MinHash with two rows a band): for each band, its two content words of
 * lowest hash under that band's seed, in word order. A claim of one content word keys by it; a
 * claim with none gets empty keys, which match only each other, and such claims score 0 anyway.
 * Equal word sets give equal keys, so a claim worded like another, function words aside, is
 * always found. Memoised: a claim's keys are read for its candidates, then written by its plan.
 */
export const claimBandKeys: (text: string) => readonly string[] = memoize(computeBandKeys, 50_000);

function computeBandKeys(text: string): readonly string[] {
  const words = [...preparedClaim(text).words];
  if (words.length === 0) return CLAIM_BAND_PROPERTIES.map(() => '');
  if (words.length === 1) return CLAIM_BAND_PROPERTIES.map(() => words[0] as string);
  const seedHashes = words.map(fnv1a);
  return CLAIM_BAND_PROPERTIES.map((_, band) => {
    let first = -1;
    let second = -1;
    let firstHash = Infinity;
    let secondHash = Infinity;
    for (let i = 0; i < words.length; i += 1) {
      const hash = mix((seedHashes[i] as number) ^ BAND_SEEDS[band]!);
      if (hash < firstHash) {
        second = first;
        secondHash = firstHash;
        first = i;
        firstHash = hash;
      } else if (hash < secondHash) {
        second = i;
        secondHash = hash;
      }
    }
    const a = words[first] as string;
    const b = words[second] as string;
    return a < b ? `${a} ${b}` : `${b} ${a}`;
  });
}

/** The band keys as the claim's properties (`band0` …), as merge-claims stores them. */
export function claimBandProps(text: string): Record<string, string> {
  const keys = claimBandKeys(text);
  return Object.fromEntries(CLAIM_BAND_PROPERTIES.map((name, band) => [name, keys[band] as string]));
}

/** Fixed seeds: keys are stored, so the hash of a word under a band must never change. */
const BAND_SEEDS: readonly number[] = Array.from({ length: CLAIM_BANDS }, (_, band) => mix(0x9e3779b9 ^ Math.imul(band + 1, 0x85ebca6b)));

/** FNV-1a over the word's UTF-16 code units: stable across processes and versions of Node. */
function fnv1a(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: spreads a 32-bit value so that each band orders the words differently. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
