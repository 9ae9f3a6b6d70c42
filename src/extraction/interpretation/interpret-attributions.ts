import type { AttributionSpans, Extraction, ExtractedStatement, Span } from '../types';
import { ArticleActors, knownPersonName, splitPersonName, surnameKey, type ActorMention } from '../entities';
import { looksLikePersonName } from './actor-type';
import { readArticleMetadata } from './article-metadata';
import { groupAttributions, sanitizeAttributions } from './attribution-groups';
import { interpretGroup, isTransmitter, type InterpretationState } from './attributed-statements';
import { assembleClaims } from './claim-assembly';
import type { DraftStatement } from './draft-statement';
import { DEFAULT_EXTRACTOR, MAX_CONTROL_CHAR_RATIO, MAX_TEXT_CHARS, WEAK_MENTION_CONFIDENCE } from './limits';
import { findPersonMentions } from './person-mentions';
import { publisherKey } from './publisher';
import { reshapeAttributions } from './reshape-attributions';
import { statementSentences } from './sentences';
import { analyzeText, type AnalyzedText } from '../text';
import { isStatementAttribution } from './statement-cues';
import { findTranscriptTurns, TRANSCRIPT_CONFIDENCE, withTranscriptTurns } from './transcript-turns';
import { interpretUncovered } from './uncovered-sentences';

/** Options of `interpretAttributions`. */
export interface InterpretOptions {
  /** name@version recorded as provenance; DEFAULT_EXTRACTOR when absent. */
  extractor?: string;
}

/**
 * Turns an article's text and its PolNeAR-style attribution spans into who-said-what: actors
 * (merged within the article, with roles and PART_OF), statements (kind, chain, hedges,
 * continuations, nested speech; spans into the original text), claims (with topics) and the
 * COUNTERS relations between them. Pure and linear in the text for ordinary articles. Throws a
 * RangeError for a text longer than MAX_TEXT_CHARS; binary data gives an empty result. Reads the
 * article's analysis when the pipeline has made it (`analyzeText`), and makes it from a text.
 */
export function interpretAttributions(article: string | AnalyzedText, spans: readonly AttributionSpans[], options: InterpretOptions = {}): Extraction {
  const text = typeof article === 'string' ? article : article.text;
  if (text.length > MAX_TEXT_CHARS) {
    throw new RangeError(`article text has ${text.length} characters; interpretation accepts at most ${MAX_TEXT_CHARS}`);
  }
  const meta = readArticleMetadata(text);
  const extraction: Extraction = {
    extractor: options.extractor ?? DEFAULT_EXTRACTOR,
    language: 'en',
    publishedAt: meta.publishedAt,
    outletKey: null,
    actors: [],
    statements: [],
    claims: [],
    relations: [],
  };
  if (looksBinary(text)) return extraction;
  const sentences = statementSentences(typeof article === 'string' ? analyzeText(text) : article, meta.bodyStart);
  const reshaped = reshapeAttributions(text, sentences, sanitizeAttributions(text, spans).filter((a) => isStatementAttribution(text, a)));
  const attributions = reshaped.attributions;
  const actors = new ArticleActors();
  const state: InterpretationState = { text, sentences, actors, speakers: [], people: [], mentioned: [], drafts: [], sourceless: [] };
  addNamedPeople(text, meta.bodyStart, state);
  for (const group of groupAttributions(attributions, (a) => reshaped.relays.has(a) || isTransmitter(text, a))) interpretGroup(state, group, null);
  const turns = findTranscriptTurns(text, meta.bodyStart, namesPersonOf(actors));
  const turnSpeakers = turns.map((t) => actors.add({ text: t.name, span: t.label.span, type: 'PERSON', confidence: TRANSCRIPT_CONFIDENCE }));
  addPersonMentions(text, meta.bodyStart, actors);
  actors.resolve();
  const uncovered = interpretUncovered({
    text,
    sentences,
    drafts: state.drafts,
    attributions,
    sourceless: state.sourceless,
    actorMentions: storyActorMentions(actors),
  });
  const drafts = withTranscriptTurns(text, [...state.drafts, ...uncovered], turns, turnSpeakers).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const { actors: extractedActors, keyOf } = actors.toExtracted();
  const personSurnames = new Set(
    extractedActors.filter((a) => a.type === 'PERSON').flatMap((a) => [a.name, ...a.aliases].map((n) => surnameKey(splitPersonName(n).surname ?? ''))),
  );
  const isPerson = (phrase: string): boolean =>
    looksLikePersonName(phrase) && (knownPersonName(phrase) !== null || personSurnames.has(surnameKey(splitPersonName(phrase).surname ?? '')));
  const { claims, relations, claimOf } = assembleClaims(text, drafts, isPerson);
  const keyOfDraft = new Map<DraftStatement, string>(drafts.map((d, i) => [d, `statement:${i + 1}`]));
  extraction.actors = extractedActors;
  extraction.statements = drafts.map((d) => toStatement(text, d, keyOfDraft, keyOf, claimOf.get(d) ?? null));
  extraction.claims = claims;
  extraction.relations = relations;
  extraction.outletKey = publisherKey(text, extraction);
  return extraction;
}

function toStatement(
  text: string,
  d: DraftStatement,
  keyOfDraft: ReadonlyMap<DraftStatement, string>,
  keyOf: (id: number) => string | null,
  claimKey: string | null,
): ExtractedStatement {
  const speakerKey = d.speaker === null ? null : keyOf(d.speaker);
  const via: string[] = [];
  for (const id of d.via) {
    const key = keyOf(id);
    if (key !== null && key !== speakerKey && !via.includes(key)) via.push(key);
  }
  const statement: ExtractedStatement = {
    key: keyOfDraft.get(d) ?? '',
    speakerKey,
    // A source that names no entity ("a friend said") is still an attribution: only a statement
    // without any source is unattributed.
    kind: speakerKey === null && d.sourceSpan === null ? 'UNATTRIBUTED' : d.kind,
    quote: text.slice(d.span.start, d.span.end),
    span: d.span,
    fragments: d.fragments,
    sourceSpan: d.sourceSpan,
    cue: d.cue,
    cueSpan: d.cueSpan,
    via,
    hedged: d.hedged,
    confidence: d.confidence,
    claimKey,
  };
  const reportsKey = d.reports === null ? undefined : keyOfDraft.get(d.reports);
  if (reportsKey !== undefined) statement.reportsKey = reportsKey;
  return statement;
}

/** A courtesy title right before a name: "what Ms. Malik had posted". */
const COURTESY_TITLE = /(?:^|\s)((?:Mr|Mrs|Ms)\.?)\s+$/u;
/** Words before a name that may describe the person: "Republican presidential nominee", "Mayor". */
const DESCRIPTION_BEFORE = /(?:^|[,;:()"“”]\s*)((?:[\p{L}.'’-]+\s+){0,4})$/u;

/**
 * People named in running text by a full or well-known name ("Jessica Leeds", "Republican
 * presidential nominee Donald Trump"), found before statements are built so that "he", "she"
 * and "who" can refer to people who are not speakers. They join actors but never create one.
 */
function addNamedPeople(text: string, from: number, state: InterpretationState): void {
  for (const ref of findPersonMentions(text, from, new Set(), [])) {
    const preceding = text.slice(Math.max(from, ref.span.start - 50), ref.span.start);
    // Inside a sentence the description is at least the courtesy title, which gives the gender.
    const before = DESCRIPTION_BEFORE.exec(preceding)?.[1]?.trim() || (COURTESY_TITLE.exec(preceding)?.[1] ?? '');
    const mention: ActorMention = { text: ref.text, span: ref.span, type: 'PERSON', confidence: WEAK_MENTION_CONFIDENCE, weak: true };
    if (before.length > 0) mention.description = before;
    state.people.push({ id: state.actors.add(mention), at: ref.span.start });
  }
}

/** Names of people in running text join the article's actors ("Vladimir", "Oleksandr Lukashenko"). */
function addPersonMentions(text: string, from: number, actors: ArticleActors): void {
  const surnames = new Set<string>();
  const taken: Span[] = [];
  for (const root of actors.roots()) {
    for (const span of actors.mentionSpans(root)) taken.push(span);
    if (actors.typeOf(root) !== 'PERSON') continue;
    const name = actors.bestName(root);
    const surname = name === null ? null : splitPersonName(name).surname;
    if (surname !== null) surnames.add(surnameKey(surname));
  }
  taken.sort((a, b) => a.start - b.start);
  for (const ref of findPersonMentions(text, from, surnames, taken)) {
    actors.add({ text: ref.text, span: ref.span, type: 'PERSON', confidence: WEAK_MENTION_CONFIDENCE, weak: true });
  }
}

/**
 * Whether a transcript label's name ("Wallace", "Pence") is a person: a well-known one, or one
 * whose surname a person of the article already has ("Gov. Mike Pence" before "PENCE:").
 */
function namesPersonOf(actors: ArticleActors): (name: string) => boolean {
  let surnames: Set<string> | null = null;
  return (name) => {
    if (!looksLikePersonName(name)) return false;
    if (knownPersonName(name) !== null) return true;
    if (surnames === null) {
      surnames = new Set();
      for (const root of actors.roots()) {
        const best = actors.typeOf(root) === 'PERSON' ? actors.bestName(root) : null;
        const surname = best === null ? null : splitPersonName(best).surname;
        if (surname !== null) surnames.add(surnameKey(surname));
      }
    }
    return surnames.has(surnameKey(splitPersonName(name).surname ?? ''));
  };
}

/** Sorted spans of the names of actors that exist in their own right. */
function storyActorMentions(actors: ArticleActors): Span[] {
  const spans: Span[] = [];
  for (const root of actors.roots()) if (actors.isStrong(root)) spans.push(...actors.mentionSpans(root));
  return spans.sort((a, b) => a.start - b.start);
}

/** True for binary data: too many control characters to be prose. */
function looksBinary(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  if (sample.length === 0) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control += 1;
  }
  return control / sample.length > MAX_CONTROL_CHAR_RATIO;
}
