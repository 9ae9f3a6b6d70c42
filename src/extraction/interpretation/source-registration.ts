import type { Span } from '../types';
import { shortFormOutlet } from '../entities';
import { resolveNominal, resolvePronoun, type Antecedents } from './coreference';
import { isPersonRoleNoun } from './person-roles';
import { classifyActorPhrase, looksLikePersonName } from './actor-type';
import { personNameIn } from './person-in-phrase';
import { isCollectiveNoun } from './collectives';
import type { InterpretationState } from './interpretation-state';
import { NOMINAL_FACTOR, PRONOUN_FACTOR } from './limits';
import { phraseAt, type PhraseRef } from './phrase-ref';
import { collectiveName, parseSourcePhrase } from './source-phrase';
import { tidySourcePhrase } from './source-tidy';
import { isActorPhrase } from './actor-phrase';
import { resolveCampaign } from './campaign-nominals';
import { resolveByApposition } from './apposition-nominals';

/**
 * Adds the actors a source phrase names (speaker, role organisation, owner, organisation chain)
 * and returns the speaker's node id with the confidence factor its resolution earned. The id is
 * null when the source names no entity ("a friend", "we" outside a quote, "who" with nothing
 * before it): the statement keeps its source span, and no actor is made.
 * `quoteSpeaker`: the speaker whose words contain this source, for "I"/"we" inside a quote.
 */
export function registerSource(
  state: InterpretationState,
  source: Span,
  cue: string | null,
  confidence: number,
  quoteSpeaker: number | null = null,
): { id: number | null; factor: number } {
  const { text, actors } = state;
  const parsed = parseSourcePhrase(text, source);
  const phrases: SourcePhrases = { state, confidence, ids: new Map() };
  const seen: Antecedents = { actors, speakers: state.speakers, people: state.people, mentioned: state.mentioned, sentences: state.sentences };
  const head = parsed.head;
  let id: number | null = null;
  let factor = 1;
  switch (head.kind) {
    case 'pronoun':
      id = head.pronoun === 'i' || head.pronoun === 'we' ? quoteSpeaker : resolvePronoun(head.pronoun, seen, head.ref.span.start);
      factor = PRONOUN_FACTOR;
      break;
    case 'relative':
      id = resolveRelative(state, head.ref.span.start, confidence);
      factor = PRONOUN_FACTOR;
      break;
    case 'group':
      // "campaign aides" speak for the campaign, not as a group of their own.
      id = /^campaign\s/i.test(head.name) ? resolveCampaign(state, head.ref, confidence) : null;
      if (id === null) id = addGroup(state, head.ref, head.name, confidence);
      else factor = NOMINAL_FACTOR;
      break;
    case 'unnamed':
      break;
    case 'nominal':
      id =
        head.head === 'campaign' && /^the\s/i.test(head.ref.text)
          ? resolveCampaign(state, head.ref, confidence)
          : resolveNominal(head.head, head.modifiers, seen, head.ref.span.start);
      if (id === null && /^the\s/i.test(head.ref.text)) id = resolveByApposition(state, head.head, head.ref.span.start, confidence);
      factor = NOMINAL_FACTOR;
      // "his own party" names whatever "his" is: unresolved, it names no one by itself.
      const possessed = /^(?:his|her|its|their)\s/i.test(head.ref.text);
      if (id === null && !possessed && !isPersonRoleNoun(head.head) && !/\b(?:statement|report|announcement|message|release)\b/.test(head.head)) id = named(phrases, head.ref, cue);
      break;
    default:
      id = named(phrases, head.ref, cue);
      if (id !== null && parsed.descriptor) actors.describe(id, parsed.descriptor);
  }
  if (id !== null && head.kind !== 'name' && head.kind !== 'group') {
    actors.addMentionTo(id, { text: head.ref.text, span: head.ref.span, type: actors.typeOf(id), confidence: confidence * factor, isName: false });
  }
  if (id !== null && parsed.role !== null) {
    const of = named(phrases, parsed.role.of, null);
    if (of !== null) actors.addRole(id, parsed.role.title, of);
  }
  if (id !== null && parsed.owner !== null) {
    const of = named(phrases, parsed.owner.ref, null);
    if (of !== null) actors.addRole(id, parsed.owner.title, of);
  }
  for (const link of parsed.partOf) {
    const child = named(phrases, link.child, null);
    const parent = named(phrases, link.parent, null);
    if (child !== null && parent !== null) actors.setPartOf(child, parent);
  }
  return { id, factor };
}

/** A collective as a GROUP actor named by its noun phrase without quantifiers ("Democrats"). */
function addGroup(state: InterpretationState, ref: PhraseRef, name: string, confidence: number): number {
  // The name is the phrase's end, give or take a possessive or its case ("candidates’", "EXPERTS").
  const found = ref.text.toLowerCase().lastIndexOf(name.toLowerCase());
  const at = ref.span.start + (found >= 0 ? found : ref.text.length - name.length);
  const id = state.actors.add({ text: name, span: { start: at, end: at + name.length }, type: 'GROUP', confidence });
  state.mentioned.push({ id, at });
  return id;
}

/** Between an antecedent and its "who": a comma, an age or short appositive, a bracketed note. */
const RELATIVE_GAP = /^\s*(?:,\s*)?(?:(?:\([^)]{0,60}\)|\d{1,3}|[^,.;"“”]{1,60}?)\s*,\s*)?$/u;

/**
 * "Jessica Leeds, who told the New York Times …" → Jessica Leeds: the actor named right before
 * the relative pronoun (a comma, an age or a short appositive between them), else the noun
 * phrase there when it is a collective ("black listeners, who …") or a name.
 */
function resolveRelative(state: InterpretationState, at: number, confidence: number): number | null {
  const { text, actors } = state;
  let best: { id: number; end: number } | null = null;
  for (const list of [state.people, state.mentioned, state.speakers]) {
    for (let i = list.length - 1; i >= 0 && i >= list.length - 50; i -= 1) {
      const s = list[i];
      if (s === undefined || s.at >= at) continue;
      for (const span of actors.mentionSpans(s.id)) {
        if (span.end > at || at - span.end > 80 || (best !== null && span.end <= best.end)) continue;
        if (RELATIVE_GAP.test(text.slice(span.end, at))) best = { id: s.id, end: span.end };
      }
    }
  }
  if (best !== null) return actors.find(best.id);
  const before = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*|(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s*,?\s*$/u.exec(text.slice(Math.max(0, at - 80), at));
  if (before === null || before[1] === undefined) return null;
  const start = at - before[0].length;
  const ref = phraseAt(text, start, start + before[1].length);
  const last = ref.text.split(/\s+/).pop() ?? '';
  if (isCollectiveNoun(last)) return addGroup(state, ref, collectiveName(ref.text) ?? last, confidence);
  if (!/^\p{Lu}/u.test(ref.text)) return null;
  return addActorPhrase(state, ref, null, confidence);
}

/** The actors one source phrase names so far: a phrase named twice (role and PART_OF) is one node. */
interface SourcePhrases {
  state: InterpretationState;
  confidence: number;
  /** "start:end" of each phrase → its node. */
  ids: Map<string, number>;
}

/** The node of a named phrase of the source, added once per phrase (see `addActorPhrase`). */
function named(phrases: SourcePhrases, ref: PhraseRef, cueText: string | null): number | null {
  const key = `${ref.span.start}:${ref.span.end}`;
  const seen = phrases.ids.get(key);
  if (seen !== undefined) return seen;
  const id = addActorPhrase(phrases.state, ref, cueText, phrases.confidence);
  if (id !== null) phrases.ids.set(key, id);
  return id;
}

/**
 * Adds the actor a phrase names and remembers it as mentioned; null for a phrase that names
 * no entity (a number, a bracket fragment, a pronoun, a clause). A person's name after a
 * description ("White House press secretary Josh Earnest") becomes the person, described; an
 * outlet's short form ("the Post") the paper the article named in full before it.
 */
export function addActorPhrase(state: InterpretationState, raw: PhraseRef, cueText: string | null, confidence: number): number | null {
  const tidy = tidySourcePhrase(state.text, raw);
  if (tidy.kind === 'none') return null;
  const ref = tidy.ref;
  if (!isActorPhrase(ref.text)) return null;
  const paper = shortFormOutlet(state.text, ref.text, ref.span.start);
  if (paper !== null) {
    // "the Post" is the paper named in full before it: one actor, named in full.
    const id = state.actors.add({ text: paper.text, span: paper.span, type: 'OUTLET', confidence });
    state.actors.addMentionTo(id, { text: ref.text, span: ref.span, type: 'OUTLET', confidence, isName: false });
    state.mentioned.push({ id, at: ref.span.start });
    return id;
  }
  const found = looksLikePersonName(ref.text) ? null : personNameIn(ref.text);
  if (found !== null) {
    const name = phraseAt(state.text, ref.span.start + found.start, ref.span.start + found.end);
    const id = state.actors.add({ text: name.text, span: name.span, type: 'PERSON', confidence });
    if (found.descriptor !== null) state.actors.describe(id, found.descriptor);
    state.mentioned.push({ id, at: name.span.start });
    return id;
  }
  const cls = classifyActorPhrase(ref.text, cueText);
  const id = state.actors.add({ text: ref.text, span: ref.span, type: cls.type, confidence, collective: cls.collective });
  state.mentioned.push({ id, at: ref.span.start });
  return id;
}
