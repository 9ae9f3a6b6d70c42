import type { AttributionSpans, Span, StatementKind } from '../types';
import { CAMPAIGN_FRAME, DENIAL_CUES } from '../claims';
import { classifyActorPhrase, REPORTING_CUES } from './actor-type';
import type { AttributionGroup } from './attribution-groups';
import type { DraftStatement } from './draft-statement';
import { findHedge } from './hedges';
import type { InterpretationState } from './interpretation-state';
import { CONTINUATION_FACTOR, NESTED_FACTOR } from './limits';
import { findNestedSpeech, isSpeechCue } from './nested-speech';
import { hasQuoteMark } from '../text/quote-marks';
import { canonicalContentSpan, contentQuoting } from './quotes';
import { sentenceIndexAt } from './sentences';
import { addActorPhrase, registerSource } from './source-registration';
import { collectHops } from './statement-hops';

export type { InterpretationState } from './interpretation-state';

/**
 * True when the attribution only passes words on: its source is an outlet ("according to the
 * Russian media", "UNN reports") or its cue is a reporting cue.
 */
export function isTransmitter(text: string, a: AttributionSpans): boolean {
  const cue = a.cue === null ? null : text.slice(a.cue.start, a.cue.end).trim().toLowerCase();
  if (cue !== null && REPORTING_CUES.has(cue)) return true;
  if (a.source === null) return false;
  return classifyActorPhrase(text.slice(a.source.start, a.source.end).trim(), cue).type === 'OUTLET';
}

/**
 * Turns one attribution group into a statement (and the nested statement it reports): parses
 * the source, resolves pronouns and nominals, collects the chain from the group's hops and the
 * sentence's "according to X" / "X reports", and decides the kind from the cue and quoting.
 */
export function interpretGroup(state: InterpretationState, group: AttributionGroup, outer: DraftStatement | null): DraftStatement | null {
  const { text } = state;
  const primary = group.primary;
  if (primary.source === null) {
    if (outer === null) state.sourceless.push(primary);
    return null;
  }
  const [own, ...rest] = splitAtSentences(state, primary.content.map((f) => canonicalContentSpan(text, f)));
  const fragments = own ?? [];
  const span = { start: fragments[0]?.start ?? 0, end: fragments[fragments.length - 1]?.end ?? 0 };
  const cue = primary.cue === null ? null : text.slice(primary.cue.start, primary.cue.end);
  const speaker = registerSource(state, primary.source, cue, primary.confidence, outer?.speaker ?? null);
  const kind: StatementKind = statementKind(text, primary, span, fragments);
  const hops = collectHops(state, group, span);
  const draft: DraftStatement = {
    speaker: speaker.id,
    kind,
    span,
    fragments,
    sourceSpan: primary.source,
    cue,
    cueSpan: primary.cue,
    via: hops,
    hedged: findHedge(text.slice(span.start, span.end)) !== null,
    confidence: round(primary.confidence * speaker.factor),
    reports: null,
    campaign: null,
    denial: cue !== null && DENIAL_CUES.has(cue.trim().toLowerCase()),
  };
  if (outer !== null) {
    draft.via = outer.speaker === null ? [...outer.via] : [outer.speaker, ...outer.via];
    draft.confidence = round(draft.confidence * NESTED_FACTOR);
  }
  state.drafts.push(draft);
  if (speaker.id !== null) state.speakers.push({ id: speaker.id, at: primary.source.start });
  if (outer === null) attachNested(state, group, draft);
  let previous = draft;
  for (const piece of rest) previous = continuationOf(state, previous, piece);
  return draft;
}

/**
 * Splits a content at sentence boundaries outside quotations: the span stage may give "the
 * parties would discuss "…" They will talk about "…"" as one content, which is a statement and
 * its continuation (DOMAIN.md rows 5 and 6). A quotation of several sentences stays whole,
 * because sentences never end inside an open quote.
 */
function splitAtSentences(state: InterpretationState, fragments: readonly Span[]): Span[][] {
  const { text, sentences } = state;
  const pieces: Span[][] = [[]];
  for (const f of fragments) {
    let start = f.start;
    const first = sentenceIndexAt(sentences, f.start);
    const last = sentenceIndexAt(sentences, f.end - 1);
    for (let i = first; i >= 0 && i < last; i += 1) {
      const end = sentences[i]?.end ?? f.end;
      const next = sentences[i + 1]?.start ?? f.end;
      if (end > start && next < f.end) {
        pieces[pieces.length - 1]?.push(canonicalContentSpan(text, { start, end }));
        pieces.push([]);
        start = next;
      }
    }
    pieces[pieces.length - 1]?.push(canonicalContentSpan(text, { start, end: f.end }));
  }
  return pieces.filter((p) => p.length > 0);
}

/** A later sentence of the same content: same speaker and chain, no cue, lower confidence. */
function continuationOf(state: InterpretationState, previous: DraftStatement, fragments: Span[]): DraftStatement {
  const span = { start: fragments[0]?.start ?? 0, end: fragments[fragments.length - 1]?.end ?? 0 };
  const quoted = hasQuoteMark(state.text.slice(span.start, span.end));
  const draft: DraftStatement = {
    ...previous,
    kind: previous.speaker === null ? 'UNATTRIBUTED' : quoted ? 'MIXED' : 'INDIRECT',
    span,
    fragments,
    sourceSpan: null,
    cue: null,
    cueSpan: null,
    via: [...previous.via],
    hedged: findHedge(state.text.slice(span.start, span.end)) !== null,
    confidence: round(previous.confidence * CONTINUATION_FACTOR),
    reports: null,
    campaign: null,
    denial: false,
  };
  state.drafts.push(draft);
  return draft;
}

/** Nested speech: from the span stage when it found it, else from the content's wording. */
function attachNested(state: InterpretationState, group: AttributionGroup, draft: DraftStatement): void {
  const { text } = state;
  for (const inner of group.nested) {
    const innerCue = inner.primary.cue === null ? '' : text.slice(inner.primary.cue.start, inner.primary.cue.end);
    // "the parties would discuss X" inside a press service's words is a plan, not speech: only
    // speech and belief cues make nested speech; other inner attributions stay part of the content.
    if (!isSpeechCue(innerCue)) continue;
    const nested = interpretGroup(state, inner, draft);
    if (nested === null) continue;
    draft.reports = nested;
    const frameText = text.slice(inner.primary.source?.end ?? nested.span.start, inner.primary.cue?.start ?? nested.span.start);
    if (CAMPAIGN_FRAME.test(frameText.replace(/\s+$/, ' '))) {
      draft.campaign = { cue: `${frameText.trim().split(/\s+/).slice(-2).join(' ')} ${nested.cue ?? ''}`.trim(), scareQuoted: hasQuoteMark(text.slice(nested.span.start, nested.span.end)) };
    }
    return;
  }
  const found = findNestedSpeech(text, draft.span);
  if (found === null) return;
  const id = addActorPhrase(state, found.speaker, null, draft.confidence * NESTED_FACTOR);
  if (id === null) return;
  const content = canonicalContentSpan(text, found.content);
  const quoting = contentQuoting(text, content);
  const nested: DraftStatement = {
    speaker: id,
    kind: quoting === 'full' ? 'DIRECT' : quoting === 'partial' ? 'MIXED' : 'INDIRECT',
    span: content,
    fragments: [content],
    sourceSpan: found.speaker.span,
    cue: found.cue.text,
    cueSpan: found.cue.span,
    via: draft.speaker === null ? [...draft.via] : [draft.speaker, ...draft.via],
    hedged: findHedge(text.slice(content.start, content.end)) !== null,
    confidence: round(draft.confidence * NESTED_FACTOR),
    reports: null,
    campaign: null,
    denial: false,
  };
  state.drafts.push(nested);
  draft.reports = nested;
  if (found.campaign) {
    const frame = text.slice(found.speaker.span.end, found.cue.span.end).trim();
    draft.campaign = { cue: frame.replace(/^(?:is|are|was|were)\s+/, ''), scareQuoted: found.scareQuoted };
  }
}

/** DIRECT, INDIRECT, MIXED or ACCORDING_TO from the cue and the quote marks around the content. */
function statementKind(text: string, primary: AttributionSpans, span: Span, fragments: readonly Span[]): StatementKind {
  const cue = primary.cue === null ? '' : text.slice(primary.cue.start, primary.cue.end);
  const before = primary.source === null ? '' : text.slice(Math.max(0, primary.source.start - 20), primary.source.start);
  if (/according to/i.test(cue) || /according to\s*$/i.test(before)) return 'ACCORDING_TO';
  const quotings = fragments.map((f) => contentQuoting(text, f));
  if (quotings.every((q) => q === 'full')) return 'DIRECT';
  if (quotings.some((q) => q !== 'none') || hasQuoteMark(text.slice(span.start, span.end))) return 'MIXED';
  return 'INDIRECT';
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0.01, x)) * 1000) / 1000;
}
