import type { AttributionSpans, Span } from '../types';
import type { DraftStatement } from './draft-statement';
import { findHedge } from './hedges';
import {
  CONTINUATION_FACTOR,
  HEADING_MAX_WORDS,
  MAX_CONTINUATIONS,
  MAX_SENTENCE_CHARS,
  MIN_CLAIM_WORDS,
  UNATTRIBUTED_ASSERTION_CONFIDENCE,
  UNATTRIBUTED_HEDGED_CONFIDENCE,
} from './limits';
import { overlaps } from './phrase-ref';
import { hasQuoteMark } from '../text/quote-marks';
import { canonicalContentSpan } from './quotes';
import { isHeading, sentenceIndexAt, type Sentence } from './sentences';

/**
 * A sentence that opens with a subject pronoun continues the previous speaker's words: "They
 * will talk about "promoting joint trade …"" after Lukashenko's press service.
 */
const PRONOUN_OPENING = /^(?:He|She|They|It|This|These|His|Her|Their|Its|We|Our)\b/;
/** Modal or future marking: the sentence predicts ("will be visiting", "plans to"). */
const PREDICTION = /\b(?:will|would|shall|is going to|are going to|plans? to|intends? to|is set to|are set to|is due to|are due to)\b/i;
/** A finite verb marker cheap enough to test on every sentence. */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|\p{L}{3,}ed)\b/u;
/** Capitalised words that say nothing about what a sentence is about. */
const FUNCTION_CAPITALS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'but', 'and', 'however', 'meanwhile', 'also',
  'today', 'tomorrow', 'yesterday', 'it', 'every', 'during', 'after', 'before', 'when', 'while', 'if', 'as', 'for',
  'with', 'according', 'there', 'we', 'they', 'he', 'she', 'i', 'our', 'his', 'her', 'their', 'its', 'on', 'by',
]);

/** What the uncovered-sentence pass needs from the rest of the interpretation. */
export interface UncoveredInput {
  text: string;
  sentences: readonly Sentence[];
  drafts: readonly DraftStatement[];
  attributions: readonly AttributionSpans[];
  sourceless: readonly AttributionSpans[];
  /** Sorted spans of every name of a story actor (actors that speak, pass words on or are cited). */
  actorMentions: readonly Span[];
}

/**
 * Decides, for every sentence no attribution covers (and every attribution without a source),
 * whether it is a statement: a hedged claim ("will also reportedly discuss") → UNATTRIBUTED,
 * hedged; a sentence continuing the attribution just before it in the same paragraph (opening
 * pronoun, or naming something that attribution's content named: "Russia's goal is …" after
 * Yusov's "every week Russia is …") → the same speaker, lower confidence; a prediction or
 * assertion about the story's actors → UNATTRIBUTED. Headings and fragments never are.
 */
export function interpretUncovered(input: UncoveredInput): DraftStatement[] {
  const { text, sentences } = input;
  const covered = coveredSentences(input);
  const perParagraph = new Map<number, number>();
  for (const s of sentences) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  const endingAt = new Map<number, DraftStatement>();
  const nested = new Set(input.drafts.map((d) => d.reports).filter((d): d is DraftStatement => d !== null));
  for (const d of input.drafts) {
    if (nested.has(d)) continue;
    const i = sentenceIndexAt(sentences, d.span.end - 1);
    const prev = endingAt.get(i);
    if (prev === undefined || prev.span.end <= d.span.end) endingAt.set(i, d);
  }
  const units: Array<{ span: Span; sentence: number; confidence: number | null }> = [];
  sentences.forEach((s, i) => {
    if (!covered.has(i)) units.push({ span: { start: s.start, end: s.end }, sentence: i, confidence: null });
  });
  for (const a of input.sourceless) {
    const first = a.content[0];
    const last = a.content[a.content.length - 1];
    if (first === undefined || last === undefined) continue;
    // Inside an uncovered sentence, the sentence itself is the unit ("reportedly discuss").
    if (!covered.has(sentenceIndexAt(sentences, first.start))) continue;
    units.push({ span: { start: first.start, end: last.end }, sentence: sentenceIndexAt(sentences, last.end - 1), confidence: a.confidence });
  }
  units.sort((a, b) => a.span.start - b.span.start);
  const out: DraftStatement[] = [];
  const runLength = new Map<DraftStatement, number>();
  for (const unit of units) {
    const sentence = sentences[unit.sentence];
    if (sentence === undefined || unit.span.end - unit.span.start > MAX_SENTENCE_CHARS) continue;
    if (isHeading(text, sentence, perParagraph.get(sentence.paragraph) ?? 0, HEADING_MAX_WORDS)) continue;
    const span = canonicalContentSpan(text, unit.span);
    const words = text.slice(span.start, span.end);
    if (wordCount(words) < MIN_CLAIM_WORDS) continue;
    const previousSentence = sentences[unit.sentence - 1];
    const previous = previousSentence !== undefined && previousSentence.paragraph === sentence.paragraph ? endingAt.get(unit.sentence - 1) : undefined;
    const hedge = findHedge(words);
    let draft: DraftStatement | null = null;
    if (hedge !== null) {
      draft = unattributed(span, true, scaled(UNATTRIBUTED_HEDGED_CONFIDENCE, unit.confidence));
    } else if (previous !== undefined && previous.speaker !== null && (runLength.get(previous) ?? 0) < MAX_CONTINUATIONS && continues(text, words, previous)) {
      draft = {
        ...unattributed(span, false, round(previous.confidence * CONTINUATION_FACTOR)),
        speaker: previous.speaker,
        kind: hasQuoteMark(words) ? 'MIXED' : 'INDIRECT',
        via: [...previous.via],
      };
      runLength.set(draft, (runLength.get(previous) ?? 0) + 1);
    } else if (isAboutStoryActors(words, span, input.actorMentions)) {
      draft = unattributed(span, false, scaled(UNATTRIBUTED_ASSERTION_CONFIDENCE, unit.confidence));
    }
    if (draft === null) continue;
    out.push(draft);
    endingAt.set(unit.sentence, draft);
  }
  return out;
}

function unattributed(span: Span, hedged: boolean, confidence: number): DraftStatement {
  return { speaker: null, kind: 'UNATTRIBUTED', span, fragments: [span], sourceSpan: null, cue: null, cueSpan: null, via: [], hedged, confidence, reports: null, campaign: null, denial: false };
}

/** Indexes of sentences that some attribution with a source touches. */
function coveredSentences(input: UncoveredInput): Set<number> {
  const covered = new Set<number>();
  for (const a of input.attributions) {
    if (a.source === null) continue;
    for (const s of [...a.content, a.source, ...(a.cue ? [a.cue] : [])]) {
      const first = sentenceIndexAt(input.sentences, s.start);
      const last = sentenceIndexAt(input.sentences, s.end - 1);
      if (first < 0) continue;
      for (let i = first; i <= (last < 0 ? first : last); i += 1) {
        const sentence = input.sentences[i];
        if (sentence !== undefined && overlaps(sentence, s)) covered.add(i);
      }
    }
  }
  return covered;
}

/** Opening pronoun, or a capitalised word shared with the previous statement's content. */
function continues(text: string, sentence: string, previous: DraftStatement): boolean {
  if (PRONOUN_OPENING.test(sentence)) return true;
  const named = capitalisedWords(text.slice(previous.span.start, previous.span.end));
  return [...capitalisedWords(sentence)].some((w) => named.has(w));
}

/** Capitalised words other than function words (which are capitalised only at a sentence start). */
function capitalisedWords(s: string): Set<string> {
  const words = new Set<string>();
  for (const m of s.matchAll(/\p{Lu}[\p{L}-]*/gu)) {
    const w = m[0].toLowerCase();
    if (!FUNCTION_CAPITALS.has(w)) words.add(w);
  }
  return words;
}

/** Names a story actor and predicts or asserts something (a finite verb). */
function isAboutStoryActors(sentence: string, span: Span, mentions: readonly Span[]): boolean {
  // The mention lookup is a binary search, the verb tests are scans: the cheap test goes first.
  if (!namesStoryActor(span, mentions)) return false;
  return FINITE.test(sentence) || PREDICTION.test(sentence);
}

/** True when some story-actor mention lies within the span. */
function namesStoryActor(span: Span, mentions: readonly Span[]): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo];
  return m !== undefined && m.end <= span.end;
}

/** `s.split(/\s+/).length`, without building the array. */
function wordCount(s: string): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i += 1) {
    const space = isWhitespace(s.charCodeAt(i), s, i);
    if (space && !inSpace) pieces += 1;
    inSpace = space;
  }
  return pieces;
}

/** `/\s/` for the character at `i` (code `c`), without the regex for ASCII. */
function isWhitespace(c: number, s: string, i: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(s.charAt(i));
}

function scaled(base: number, tagger: number | null): number {
  return round(tagger === null ? base : base * Math.max(tagger, 0.5));
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0.01, x)) * 1000) / 1000;
}
