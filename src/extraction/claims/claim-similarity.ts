import { memoize } from '../entities/memoize';
import { claimWords } from './claim-normalization';
import { stemWord } from './stemming';
import { conceptOf } from './synonyms';

/**
 * Claims at or above this similarity are the same claim (one Claim node, asserted by several
 * statements). 0.8 merges wording that differs in function words, tense, nominalisation and
 * word order of a clause ("Ukraine controls the border with Belarus" ~ "Ukraine has control
 * over the border with Belarus" = 1.0, "… over the situation on the border with Belarus" =
 * 0.81) and keeps apart claims that swap roles ("Russia will attack Ukraine" ~ "Ukraine will
 * attack Russia" = 0.75), differ in a number or a negation (× 0.6), or add a new fact. Tests in
 * test/unit/extraction/claims/claim-similarity.test.ts pin each example.
 */
export const CLAIM_MERGE_THRESHOLD = 0.8;

/**
 * Claims at or above this similarity (and below the merge threshold) get a SIMILAR_TO edge:
 * near-duplicates worth showing a fact-checker side by side. 0.45 links "Belarus is about to
 * be attacked" with "Belarus poses a great threat" (0.5: same place, same concept) and rejects
 * claims that only share a place ("Putin will visit Belarus" ~ "Belarus poses a great threat" = 0.2).
 */
export const CLAIM_SIMILAR_THRESHOLD = 0.45;

/** Weight of the word-set overlap; the rest goes to ordered word pairs, which catch role swaps. */
const UNIGRAM_WEIGHT = 0.75;
/** Applied when one claim negates what the other asserts, or their numbers differ. */
const MISMATCH_FACTOR = 0.6;

/**
 * Function words that say nothing about what a claim asserts. Negations are NOT here: "Putin
 * will not visit Belarus" must stay apart from "Putin will visit Belarus". "may" is not here
 * either: in news claims it is usually the month ("May 23"). Nor are the subject pronouns (I,
 * we, you, he, she, they): each stands for someone the claim does not name, so "He will not
 * support Trump" and "She could not support Trump" are two claims, not one.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having',
  'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'might', 'must', 'of', 'in', 'on',
  'at', 'to', 'for', 'with', 'about', 'over', 'by', 'from', 'as', 'into', 'onto', 'and', 'or', 'but', 'that',
  'which', 'who', 'whom', 'so', 'it', 'its', 'their', 'them', 'his', 'him', 'her', 'this',
  'these', 'those', 'there', 'here', 'also', 'very', 'just', 'then', 'than', 'there', 'our',
  'your', 'my', 'me', 'us', 'some', 'any', 'such', 'other', 'more', 'most', 'whole', 'entire', 'going',
  // What is left of "we've", "they're", "I'll", "I'd", "I'm" and a curly "Putin’s" once split.
  've', 're', 'll', 'd', 'm', 's',
]);

const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor']);

/**
 * The content token of one lowercase content word: "not" for a negation, else its stem folded
 * into its concept. Memoised: claims are tokenised for every statement and their vocabulary
 * repeats, so one cache lookup per word replaces the stemmer and the concept table.
 */
const contentToken: (word: string) => string = memoize((w) => (NEGATIONS.has(w) ? 'not' : conceptOf(stemWord(w))));

/** A claim's content words, stemmed and folded into concepts ("attacked" → "threat"). */
export function claimContentTokens(text: string): string[] {
  const tokens: string[] = [];
  // Function words are dropped by the small stop-word set before the larger token cache is
  // consulted: they are four words in ten.
  for (const w of claimWords(text)) if (!STOP_WORDS.has(w)) tokens.push(contentToken(w));
  return tokens;
}

/** A claim prepared for repeated comparison: its token sets, computed once. */
export interface PreparedClaim {
  /** The content tokens in order, negations included: equal keys mean the same claim. */
  key: string;
  /** The content tokens in order without the negations, which are compared apart. */
  tokens: readonly string[];
  words: ReadonlySet<string>;
  /**
   * Adjacent token pairs, built by the first comparison that needs them: most comparisons are
   * decided by the word overlap alone (see `similarityReaching`).
   */
  pairs?: ReadonlySet<string>;
  /** The tokens a negation stands right before ("will not visit" → visit). */
  negatedHeads: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  empty: boolean;
  /**
   * For a claim of fewer than MIN_SHARED_WORDS content words ("We won", "I think she will"), its
   * words with the function words kept: such a claim is the same as another only word for word.
   */
  sparse: string | null;
}

/** Tokenises a claim once, so that comparing it with many others stays cheap. */
export function prepareClaim(text: string): PreparedClaim {
  const all: string[] = [];
  const tokens: string[] = [];
  let negatedHeads: Set<string> | null = null;
  let negationAt = -1;
  const words = claimWords(text);
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] as string;
    if (STOP_WORDS.has(w)) continue;
    const token = contentToken(w);
    all.push(token);
    if (token === NEGATION) {
      negationAt = i;
      continue;
    }
    if (negationAt >= 0 && i - negationAt <= NEGATION_REACH) (negatedHeads ??= new Set()).add(token);
    negationAt = -1;
    tokens.push(token);
  }
  return {
    key: all.join(' '),
    tokens,
    words: new Set(tokens),
    negatedHeads: negatedHeads ?? NO_TOKENS,
    numbers: tokens.some(hasDigit) ? new Set(tokens.filter(hasDigit)) : NO_TOKENS,
    empty: tokens.length === 0,
    sparse: new Set(tokens).size < MIN_SHARED_WORDS ? words.map(stemWord).join(' ') : null,
  };
}

const NEGATION = 'not';

/**
 * A negation negates the first content word at most this many words after it ("will not
 * visit", "did not immediately respond"); past that ("this is not who we are. We've got …") it
 * negates nothing the other claim could contradict word for word.
 */
const NEGATION_REACH = 3;

/** Shared by every claim without a number or a negation (most of them); never modified. */
const NO_TOKENS: ReadonlySet<string> = new Set();

function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i += 1) {
    const c = token.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) return true;
  }
  return false;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * How alike two claims are, in [0,1]: Dice overlap of their content-word sets (weight 0.75)
 * plus Dice overlap of adjacent content-word pairs (0.25), so that the same words in swapped
 * roles score below the merge threshold; × 0.6 when a word negated in one stands un-negated in
 * the other ("will not visit" / "will visit") or their numbers differ. Negations are not words
 * of the overlap: "He would not answer questions" and "It does not answer whether Scott had a
 * gun" share one word, not two. Claims that share fewer than two content words score 0 unless
 * they are the same words: one common word ("They don't like her" / "A question he doesn't
 * like") is no evidence of one claim. Symmetric.
 */
export function claimSimilarity(a: string, b: string): number {
  return preparedSimilarity(prepareClaim(a), prepareClaim(b));
}

/**
 * True when two claims' word counts are too different for them to reach `threshold`: Dice is
 * at most 2·min/(a+b), so "Putin will visit" can be skipped against a forty-word claim
 * without computing anything.
 */
export function cannotReach(a: PreparedClaim, b: PreparedClaim, threshold: number): boolean {
  const small = Math.min(a.words.size, b.words.size);
  const bestUnigram = (2 * small) / (a.words.size + b.words.size || 1);
  return UNIGRAM_WEIGHT * bestUnigram + (1 - UNIGRAM_WEIGHT) < threshold;
}

/** `claimSimilarity` over prepared claims. */
export function preparedSimilarity(a: PreparedClaim, b: PreparedClaim): number {
  if (a.empty || b.empty) return 0;
  return scoreFrom(a, b, sharedWords(a.words, b.words));
}

/**
 * `preparedSimilarity(a, b)` when it is at least `threshold`, else null. The word-pair overlap
 * weighs 0.25 and is at most 1, so when 0.75 × the word overlap + 0.25 is already below the
 * threshold the pairs are never built: the answer is the same, only cheaper.
 */
export function similarityReaching(a: PreparedClaim, b: PreparedClaim, threshold: number): number | null {
  if (a.empty || b.empty) return 0 >= threshold ? 0 : null;
  return similarityReachingWithShared(a, b, sharedWords(a.words, b.words), threshold);
}

/**
 * `similarityReaching` for a caller that already knows how many content words the two claims
 * share (from an index of words to claims): the word overlap comes from that count, so most
 * pairs are decided without looking at either claim's words.
 */
export function similarityReachingWithShared(a: PreparedClaim, b: PreparedClaim, sharedWords: number, threshold: number): number | null {
  if (a.empty || b.empty) return 0 >= threshold ? 0 : null;
  const unigram = (2 * sharedWords) / (a.words.size + b.words.size);
  if (UNIGRAM_WEIGHT * unigram + (1 - UNIGRAM_WEIGHT) < threshold) return null;
  const score = scoreFrom(a, b, sharedWords);
  return score >= threshold ? score : null;
}

/**
 * Fewer shared content words than this and the claims are unrelated, unless they are the same
 * words, function words included: one shared word out of two or three gives a Dice of 0.5 to
 * 0.67, and on PolNeAR's articles those pairs were nearly all different claims ("It's good" /
 * "It's a good pitch", "I think she will" / "Who do they think they are?").
 */
const MIN_SHARED_WORDS = 2;

function scoreFrom(a: PreparedClaim, b: PreparedClaim, shared: number): number {
  if (shared < MIN_SHARED_WORDS) return a.sparse !== null && a.sparse === b.sparse ? 1 : 0;
  const unigram = (2 * shared) / (a.words.size + b.words.size);
  const bigram = a.tokens.length > 1 && b.tokens.length > 1 ? dice(pairsOf(a), pairsOf(b)) : unigram;
  let score = UNIGRAM_WEIGHT * unigram + (1 - UNIGRAM_WEIGHT) * bigram;
  if (negationsDiffer(a, b) || !sameNumbers(a.numbers, b.numbers)) score *= MISMATCH_FACTOR;
  return Math.min(1, Math.max(0, score));
}

/**
 * A word negated in one claim stands un-negated in the other, or one claim denies the truth of
 * what it says ("It is not true that X") and the other does not.
 */
function negationsDiffer(a: PreparedClaim, b: PreparedClaim): boolean {
  return deniedIn(a, b) || deniedIn(b, a);
}

function deniedIn(negated: PreparedClaim, other: PreparedClaim): boolean {
  for (const head of negated.negatedHeads) {
    if (other.negatedHeads.has(head)) continue;
    if (other.words.has(head) || TRUTH_WORDS.has(head)) return true;
  }
  return false;
}

/** "not true", "not the case", "not correct": a negation of the whole claim. */
const TRUTH_WORDS: ReadonlySet<string> = new Set(['true', 'case', 'correct', 'accurate'].map((w) => contentToken(w)));

function sharedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared += 1;
  return shared;
}

function pairsOf(claim: PreparedClaim): ReadonlySet<string> {
  if (claim.pairs === undefined) claim.pairs = bigrams(claim.tokens);
  return claim.pairs;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

function bigrams(tokens: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < tokens.length; i += 1) pairs.add(`${tokens[i - 1]} ${tokens[i]}`);
  return pairs;
}

/** Both claims mention the same numbers, or one mentions none ("May 23" vs "May 24" differ). */
function sameNumbers(na: ReadonlySet<string>, nb: ReadonlySet<string>): boolean {
  if (na.size === 0 || nb.size === 0) return true;
  return na.size === nb.size && [...na].every((n) => nb.has(n));
}
