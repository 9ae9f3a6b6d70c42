import type { Span } from '../types';
import { isKnownGivenName, isTableFirstName, splitPersonName, surnameKey } from '../entities';
import type { DraftStatement } from './draft-statement';
import { findHedge } from './hedges';
import { overlaps, type PhraseRef } from './phrase-ref';
import { canonicalContentSpan } from './quotes';

/** One turn of an interview transcript: "WALLACE: Let's start with …" to the end of its paragraph. */
export interface TranscriptTurn {
  /** The label as written ("WALLACE", "KATE BOULDUAN"), without the colon. */
  label: PhraseRef;
  /** The label as a name: "Wallace", "Kate Bouldaun". */
  name: string;
  /** The turn's words: after the colon to the end of the paragraph, and its continuing paragraphs. */
  fragments: Span[];
  /** The whole turn, label included. */
  paragraph: Span;
}

/**
 * A speaker label opening a paragraph: capitals only, one to three words, a colon, then words
 * ('"PENCE: Well, look, …'). Headings such as "CORRECTION:" or "UPDATE:" look the same; the
 * caller keeps only labels that name a person of the article.
 */
const LABEL = /^[ \t]*["“]?(\p{Lu}[\p{Lu}'’.-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.-]+){0,2}):[ \t]+(?=\S)/u;
/** Cheap test for any label at all: most articles are no transcripts. */
const ANY_LABEL = /(?:^|\n)[ \t]*["“]?\p{Lu}{2,}[\p{Lu} '’.-]{0,40}:[ \t]/u;

/** Confidence of a transcript turn: the label says who speaks, but it is read from layout. */
export const TRANSCRIPT_CONFIDENCE = 0.9;

/**
 * The labelled paragraphs of the article from `from` on, in order. `isSpeaker` decides whether
 * a label's name is a person the article names (a transcript of "WALLACE:" and "PENCE:").
 */
export function findTranscriptTurns(text: string, from: number, isSpeaker: (name: string) => boolean): TranscriptTurn[] {
  if (!ANY_LABEL.test(text.slice(Math.max(0, from - 1)))) return [];
  const turns: TranscriptTurn[] = [];
  const labelled = new Set<string>();
  // Paragraphs after a turn, up to the next label, continue it when they open with a quote
  // mark (a quotation of several paragraphs opens each one); a stage direction ("(CROSSTALK.)")
  // or any other paragraph ends it. After the last label nothing is known to be transcript.
  let open: { turn: TranscriptTurn; pending: Span[] } | null = null;
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const m = LABEL.exec(line);
    const name = m?.[1] === undefined ? null : titleCase(m[1]);
    if (m !== null && m[1] !== undefined && name !== null && (isSpeaker(name) || isLabelPerson(name, labelled))) {
      labelled.add(surnameKey(splitPersonName(name).surname ?? ''));
      if (open !== null) {
        open.turn.fragments.push(...open.pending);
        const last = open.turn.fragments[open.turn.fragments.length - 1];
        if (last !== undefined) open.turn.paragraph.end = Math.max(open.turn.paragraph.end, last.end);
      }
      const labelStart = start + m[0].indexOf(m[1]);
      const content = canonicalContentSpan(text, { start: start + m[0].length, end });
      const turn: TranscriptTurn = { label: { text: m[1], span: { start: labelStart, end: labelStart + m[1].length } }, name, fragments: [content], paragraph: { start, end } };
      turns.push(turn);
      open = { turn, pending: [] };
    } else if (open !== null && /^\s*["“](?!\s*\()/u.test(line)) {
      const content = canonicalContentSpan(text, { start, end });
      if (content.end > content.start) open.pending.push(content);
    } else if (line.trim().length > 0 && !/^\s*["“]?\s*\(/u.test(line)) {
      open = null;
    }
    start = end + 1;
  }
  return turns;
}

/**
 * Gives each turn its statement (the labelled person said the paragraph, word for word) and
 * drops what the span stage made across the turns: continuations and unattributed sentences
 * inside a turn, and contents that run over from one turn into the next. Attributions made
 * inside one turn ("as The Wall Street Journal wrote, …") stay as they are.
 */
export function withTranscriptTurns(
  text: string,
  drafts: readonly DraftStatement[], turns: readonly TranscriptTurn[], speakers: readonly number[]): DraftStatement[] {
  if (turns.length === 0) return [...drafts];
  const turnOf = (at: number): number => turns.findIndex((t) => t.paragraph.start <= at && at < t.paragraph.end);
  // Between the first label and the last turn everything is someone's turn or a stage direction.
  const region = { start: turns[0]?.paragraph.start ?? 0, end: turns[turns.length - 1]?.paragraph.end ?? 0 };
  const kept = drafts.filter((d) => {
    const inTurns = turns.filter((t) => overlaps(t.paragraph, d.span));
    // The span stage sometimes takes the label itself as a source: the turn replaces that.
    if (d.sourceSpan !== null && turns.some((t) => overlaps(t.label.span, d.sourceSpan as Span))) return false;
    if (inTurns.length === 0) return d.cueSpan !== null || !overlaps(region, d.span);
    if (d.cueSpan === null || inTurns.length > 1) return false;
    return turnOf(d.cueSpan.start) === turnOf(d.span.start);
  });
  const added = turns.map(
    (t, i): DraftStatement => ({
      speaker: speakers[i] ?? null,
      kind: 'DIRECT',
      span: { start: t.fragments[0]?.start ?? t.paragraph.start, end: t.fragments[t.fragments.length - 1]?.end ?? t.paragraph.end },
      fragments: t.fragments,
      sourceSpan: t.label.span,
      cue: null,
      cueSpan: null,
      via: [],
      hedged: t.fragments.some((f) => findHedge(text.slice(f.start, f.end)) !== null),
      confidence: TRANSCRIPT_CONFIDENCE,
      reports: null,
      campaign: null,
      denial: false,
    }),
  );
  return [...kept, ...added];
}

/**
 * A label that names a person by itself: a full name starting with a given name ("JAKE
 * TAPPER:"), or the surname of such a label before it ("TAPPER:").
 */
function isLabelPerson(name: string, labelled: ReadonlySet<string>): boolean {
  const { given, surname, words } = splitPersonName(name);
  if (surname === null) return false;
  if (labelled.has(surnameKey(surname))) return true;
  return words.length >= 2 && given !== null && (isKnownGivenName(given) || isTableFirstName(given));
}

/** "WALLACE" → "Wallace", "KATE BOULDUAN" → "Kate Boulduan", "O'NEILL" → "O'Neill". */
function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
