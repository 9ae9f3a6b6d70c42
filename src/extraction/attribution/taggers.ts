/**
 * Greedy decoding of the two taggers with frozen weights (scored by `scorers.ts`).
 */
import type { AttributionDocument } from './document';
import * as features from './features';
import * as hash from './hash';
import type { LoadedModel } from './model';
import * as weights_ from './weights';
import * as window_ from './window';

// Local bindings: tsx (esbuild) compiles named imports to getter calls on every use.
const argmax = weights_.argmax;
const mix = hash.mix;
const roleWindow = window_.roleWindow;
const BOUNDARY = features.BOUNDARY;

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
 * tagger finds no content for it, or the PolNeAR view drops its duplicate content), so recall
 * is worth more than precision here. With the current model and rules, bias 4 / 5 / 6 / 7 / 8
 * gave dev content_match F1 0.694 / 0.695 / 0.697 / 0.696 / 0.692 (train 0.820 / 0.821 /
 * 0.822 / 0.822 / 0.820).
 */
export const CUE_BIAS = 6;

/**
 * The bias on continuing a cue (I) rather than starting one (B). Recall is won by starting
 * cues; a cue run on by a word ("said on", "told reporters") moves the role tagger's anchor
 * and wins nothing. With B at 6, an I bias of 2 / 3 / 4 / 6 gave dev content_match 0.7008 /
 * 0.7000 / 0.7000 / 0.6985 (attribution 0.638 / 0.638 / 0.637 / 0.635) and train 0.8212 /
 * 0.8217 / 0.8217 / 0.8220 (attribution 0.7740 / 0.7744 / 0.7742 / 0.7739).
 */
export const CUE_CONTINUE_BIAS = 3;

/** Tags every token of the document as outside / beginning / inside of a cue and returns the cue runs. */
export function tagCues(doc: AttributionDocument, model: LoadedModel, bias: number = CUE_BIAS, continueBias: number = CUE_CONTINUE_BIAS): TaggedCue[] {
  const scorer = model.cueScorer;
  const scale = model.cue.scale;
  // Scores are in units of 1 / scale (integer weights, see weights.ts).
  const biasUnits = bias * scale;
  const continueUnits = continueBias * scale;
  scorer.prepare(doc);
  const scores = new Float64Array(3);
  const cues: TaggedCue[] = [];
  let prev = CUE_O;
  let open: TaggedCue | null = null;
  const n = doc.tokens.length;
  for (let i = 0; i < n; i++) {
    const sent = doc.sentences[doc.sentenceOf[i] as number];
    if (sent?.tokenStart === i) prev = CUE_O;
    if (!doc.isWord[i] && !PUNCTUATION_CUES.has(doc.lower[i] as string)) {
      if (open) cues.push(open);
      open = null;
      prev = CUE_O;
      continue;
    }
    scorer.score(doc, i, sent ? sent.tokenStart : 0, sent ? sent.tokenEnd : n, prev, scores);
    scores[CUE_B] = (scores[CUE_B] as number) + biasUnits;
    scores[CUE_I] = (scores[CUE_I] as number) + continueUnits;
    let tag = argmax(scores);
    if (tag === CUE_I && prev === CUE_O) tag = CUE_B;
    if (tag === CUE_B || (tag === CUE_O && open)) {
      if (open) cues.push(open);
      open = null;
    }
    if (tag === CUE_B) {
      open = { start: i, end: i + 1, margin: ((scores[CUE_B] as number) - (scores[CUE_O] as number)) / scale };
    } else if (tag === CUE_I && open) {
      open.end = i + 1;
    }
    prev = tag;
  }
  if (open) cues.push(open);
  return cues;
}

/**
 * Role tags for one cue over its window: returns [lo, tags] where tags[k] is the tag of token
 * lo + k. Visits the tokens outward from the cue (`roleOrder`), counting the clause separators
 * crossed on the way (`cueContext`), and scores them with the model's `RoleScorer`.
 */
export function tagRoles(doc: AttributionDocument, model: LoadedModel, start: number, end: number): [number, Uint8Array] {
  const [lo, hi] = roleWindow(doc, start, end);
  const scorer = model.roleScorer;
  scorer.prepare(doc);
  const W = doc.wordH;
  let textH = 0;
  for (let i = start; i < end; i++) textH = mix(textH, W[i] as number);
  scorer.setCue(textH, W[end - 1] as number, start > 0 ? (W[start - 1] as number) : BOUNDARY, end < W.length ? (W[end] as number) : BOUNDARY);
  const cueSentence = doc.sentenceOf[start] as number;
  const cueQuote = doc.quoteOf[start] as number;
  const scores = new Float64Array(3);
  const tags = new Uint8Array(hi - lo);
  const sep = doc.separator;
  let prev = 0;
  let prevWord = 0;
  let commas = 0;
  for (let i = start - 1; i >= lo; i--) {
    scorer.score(doc, start, end, cueSentence, cueQuote, lo, i, commas, prev, prevWord, scores);
    commas += sep[i] as number;
    const tag = argmax(scores);
    tags[i - lo] = tag;
    prev = tag;
    if (doc.isWord[i]) prevWord = tag;
  }
  // Each side of the cue starts afresh.
  prev = prevWord = commas = 0;
  for (let i = end; i < hi; i++) {
    commas += sep[i] as number;
    scorer.score(doc, start, end, cueSentence, cueQuote, lo, i, commas, prev, prevWord, scores);
    const tag = argmax(scores);
    tags[i - lo] = tag;
    prev = tag;
    if (doc.isWord[i]) prevWord = tag;
  }
  return [lo, tags];
}
