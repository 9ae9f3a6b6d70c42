import type { Span } from '../types';
import { resolveNominal, resolvePronoun } from './coreference';
import { classifyActorPhrase } from './actor-type';
import type { InterpretationState } from './interpretation-state';
import { NOMINAL_FACTOR, PRONOUN_FACTOR } from './limits';
import type { PhraseRef } from './phrase-ref';
import { parseSourcePhrase } from './source-phrase';

/**
 * Adds the actors a source phrase names (speaker, role organisation, owner, organisation chain)
 * and returns the speaker's node id with the confidence factor its resolution earned.
 */
export function registerSource(state: InterpretationState, source: Span, cue: string | null, confidence: number): { id: number | null; factor: number } {
  const { text, actors } = state;
  const parsed = parseSourcePhrase(text, source);
  const phrases: SourcePhrases = { state, confidence, ids: new Map() };
  const head = parsed.head;
  let id: number | null = null;
  let factor = 1;
  if (head.kind === 'pronoun') {
    id = resolvePronoun(head.pronoun, state.speakers, actors);
    factor = PRONOUN_FACTOR;
  } else if (head.kind === 'nominal') {
    id = resolveNominal(head.head, state.speakers, state.mentioned, actors);
    factor = NOMINAL_FACTOR;
    if (id === null && !/\b(?:statement|report|announcement|message|release)\b/.test(head.head)) id = named(phrases, head.ref, cue);
  } else {
    id = named(phrases, head.ref, cue);
  }
  if (id !== null && head.kind !== 'name') {
    actors.addMentionTo(id, { text: head.ref.text, span: head.ref.span, type: actors.typeOf(id), confidence: confidence * factor, isName: false });
  }
  if (id !== null && parsed.role !== null) actors.addRole(id, parsed.role.title, named(phrases, parsed.role.of, null));
  if (id !== null && parsed.owner !== null) actors.addRole(id, parsed.owner.title, named(phrases, parsed.owner.ref, null));
  for (const link of parsed.partOf) actors.setPartOf(named(phrases, link.child, null), named(phrases, link.parent, null));
  return { id, factor };
}

/** The actors one source phrase names so far: a phrase named twice (role and PART_OF) is one node. */
interface SourcePhrases {
  state: InterpretationState;
  confidence: number;
  /** "start:end" of each phrase → its node. */
  ids: Map<string, number>;
}

/** The node of a named phrase of the source, added (and remembered as mentioned) on first sight. */
function named(phrases: SourcePhrases, ref: PhraseRef, cueText: string | null): number {
  const key = `${ref.span.start}:${ref.span.end}`;
  const seen = phrases.ids.get(key);
  if (seen !== undefined) return seen;
  const cls = classifyActorPhrase(ref.text, cueText);
  const id = phrases.state.actors.add({ text: ref.text, span: ref.span, type: cls.type, confidence: phrases.confidence, collective: cls.collective });
  phrases.state.mentioned.push({ id, at: ref.span.start });
  phrases.ids.set(key, id);
  return id;
}
