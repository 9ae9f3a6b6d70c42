import type { Span } from '../types';
import { DISMISSAL_PREDICATE } from './counterclaim-lexicon';
import { lastPlaceIn, propositionFromPhrase } from './dismissed-propositions';

/** One thing a statement dismisses: the phrase as written, and the proposition it stands for. */
export interface DismissedTarget {
  phrase: string;
  span: Span;
  proposition: string;
}

/** A dismissal found in a statement's content: the verdict words and what they dismiss. */
export interface Dismissal {
  cue: string;
  cueSpan: Span;
  targets: DismissedTarget[];
}

/**
 * Where the dismissed subject starts: after the last clause boundary before the verdict.
 * "Ukraine has control over …, so the news about … are horror stories" → after ", so ".
 */
const CLAUSE_BOUNDARY = /(?:^|[;:]\s*|,\s*so\s+|\bso\s+|\bthat\s+|,\s*but\s+|,\s*while\s+|\bbut\s+)/gi;

/**
 * Separators between several dismissed things: "the news about X, as well as the analysis of
 * some experts about Y". "and" separates only before another report noun, so that "the state
 * and prospects of …" stays one phrase.
 */
const LIST_SEPARATOR =
  /,?\s+as well as\s+|;\s*|,?\s+and\s+(?=(?:the\s+|these\s+|those\s+|some\s+|all\s+)?(?:news|reports?|analysis|analyses|claims?|rumou?rs?|talk|stories|statements?|allegations?|speculation)\b)/gi;

/** Dismissed phrases shorter than this are pronouns or fragments ("it", "this"), not claims. */
const MIN_TARGET_CHARS = 6;

/**
 * Finds "<things> are premature horror stories"-style dismissals in a statement's content and
 * turns each dismissed thing into a proposition. `offset` is where `content` starts in the
 * article, so the spans returned are article offsets.
 */
export function findDismissals(content: string, offset: number): Dismissal[] {
  const verdict = DISMISSAL_PREDICATE.exec(content);
  if (verdict === null) return [];
  const cue = verdict[1] ?? '';
  const cueStart = verdict.index + verdict[0].length - cue.length;
  const before = content.slice(0, verdict.index);
  let subjectStart = 0;
  for (const m of before.matchAll(CLAUSE_BOUNDARY)) subjectStart = (m.index ?? 0) + m[0].length;
  const subject = before.slice(subjectStart);
  const anchorPlace = lastPlaceIn(before.slice(0, subjectStart)) ?? lastPlaceIn(subject);
  const targets: DismissedTarget[] = [];
  let pieceStart = 0;
  const pieces: Array<{ start: number; end: number }> = [];
  for (const sep of subject.matchAll(LIST_SEPARATOR)) {
    pieces.push({ start: pieceStart, end: sep.index ?? 0 });
    pieceStart = (sep.index ?? 0) + sep[0].length;
  }
  pieces.push({ start: pieceStart, end: subject.length });
  for (const piece of pieces) {
    const raw = subject.slice(piece.start, piece.end);
    const phrase = raw.replace(/^[\s,]+/, '').replace(/[\s,]+$/, '');
    if (phrase.length < MIN_TARGET_CHARS) continue;
    const start = offset + subjectStart + piece.start + raw.indexOf(phrase);
    targets.push({ phrase, span: { start, end: start + phrase.length }, proposition: propositionFromPhrase(phrase, anchorPlace) });
  }
  if (targets.length === 0) return [];
  return [{ cue, cueSpan: { start: offset + cueStart, end: offset + cueStart + cue.length }, targets }];
}
