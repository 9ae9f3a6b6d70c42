/**
 * Greedy left-to-right decoding of the two taggers with frozen weights.
 */
import type { AttributionDocument } from './document';
import * as features from './features';
import { MAX_FEATURES } from './features';
import * as weights_ from './weights';
import type { WeightTable } from './weights';

// Local bindings: tsx (esbuild) compiles named imports to getter calls on every use.
const cueFeatures = features.cueFeatures;
const roleFeatures = features.roleFeatures;
const cueContext = features.cueContext;
const argmax = weights_.argmax;
import { roleOrder, roleWindow } from './window';

/** A cue found by the cue tagger: tokens [start, end) and the margin of its first token. */
export interface TaggedCue {
  start: number;
  end: number;
  margin: number;
}

/**
 * The only punctuation PolNeAR marks as (part of) a cue: a colon introducing a quote ("said:")
 * and dashes used as one ("― Hillary Clinton"). Other punctuation is never scored, which saves
 * a sixth of the cue tagger's work.
 */
const PUNCTUATION_CUES = new Set([':', '―', '—', '–']);

const CUE_O = 0;
const CUE_B = 1;
const CUE_I = 2;

/**
 * Added to the cue scores before choosing: the perceptron is tuned for token accuracy, but a
 * missed cue loses a whole attribution while a spurious one is often dropped later (the role
 * tagger finds no content for it), so recall is worth more than precision here. On dev,
 * bias 0 / 2 / 4 / 6 gave content_match F1 0.645 / 0.653 / 0.654 / 0.656 and attribution F1
 * 0.604 / 0.605 / 0.608 / 0.605.
 */
export const CUE_BIAS = 4;

/** Tags every token of the document as outside / beginning / inside of a cue and returns the cue runs. */
export function tagCues(doc: AttributionDocument, weights: WeightTable, bias: number = CUE_BIAS): TaggedCue[] {
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(3);
  const cues: TaggedCue[] = [];
  let prev = CUE_O;
  let open: TaggedCue | null = null;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.sentences[doc.sentenceOf[i] as number]?.tokenStart === i) prev = CUE_O;
    if (!doc.isWord[i] && !PUNCTUATION_CUES.has(doc.lower[i] as string)) {
      if (open) cues.push(open);
      open = null;
      prev = CUE_O;
      continue;
    }
    const n = cueFeatures(doc, i, prev, feats);
    weights.score(feats, n, scores);
    scores[CUE_B] = (scores[CUE_B] as number) + bias;
    scores[CUE_I] = (scores[CUE_I] as number) + bias;
    let tag = argmax(scores);
    if (tag === CUE_I && prev === CUE_O) tag = CUE_B;
    if (tag === CUE_B || (tag === CUE_O && open)) {
      if (open) cues.push(open);
      open = null;
    }
    if (tag === CUE_B) {
      open = { start: i, end: i + 1, margin: (scores[CUE_B] as number) - (scores[CUE_O] as number) };
    } else if (tag === CUE_I && open) {
      open.end = i + 1;
    }
    prev = tag;
  }
  if (open) cues.push(open);
  return cues;
}

/** Role tags for one cue over its window: returns [lo, tags] where tags[k] is the tag of token lo + k. */
export function tagRoles(doc: AttributionDocument, weights: WeightTable, start: number, end: number): [number, Uint8Array] {
  const [lo, hi] = roleWindow(doc, start, end);
  const ctx = cueContext(doc, start, end, lo, hi);
  const feats = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(3);
  const tags = new Uint8Array(hi - lo);
  let prev = 0;
  let prevWord = 0;
  for (const i of roleOrder(lo, hi, start, end)) {
    // Each side of the cue starts afresh.
    if (i === end) prev = prevWord = 0;
    const n = roleFeatures(doc, ctx, lo, i, prev, prevWord, feats);
    weights.score(feats, n, scores);
    const tag = argmax(scores);
    tags[i - lo] = tag;
    prev = tag;
    if (doc.isWord[i]) prevWord = tag;
  }
  return [lo, tags];
}
