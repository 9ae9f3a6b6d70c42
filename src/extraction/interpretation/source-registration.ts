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
  const local = new Map<string, number>();
  const named = (ref: PhraseRef, cueText: string | null): number => {
    const key = `${ref.span.start}:${ref.span.end}`;
    const seen = local.get(key);
    if (seen !== undefined) return seen;
    const cls = classifyActorPhrase(ref.text, cueText);
    const id = actors.add({ text: ref.text, span: ref.span, type: cls.type, confidence, collective: cls.collective });
    state.mentioned.push({ id, at: ref.span.start });
    local.set(key, id);
    return id;
  };
  const head = parsed.head;
  let id: number | null = null;
  let factor = 1;
  if (head.kind === 'pronoun') {
    id = resolvePronoun(head.pronoun, state.speakers, actors);
    factor = PRONOUN_FACTOR;
  } else if (head.kind === 'nominal') {
    id = resolveNominal(head.head, state.speakers, state.mentioned, actors);
    factor = NOMINAL_FACTOR;
    if (id === null && !/\b(?:statement|report|announcement|message|release)\b/.test(head.head)) id = named(head.ref, cue);
  } else {
    id = named(head.ref, cue);
  }
  if (id !== null && head.kind !== 'name') {
    actors.addMentionTo(id, { text: head.ref.text, span: head.ref.span, type: actors.typeOf(id), confidence: confidence * factor, isName: false });
  }
  if (id !== null && parsed.role !== null) actors.addRole(id, parsed.role.title, named(parsed.role.of, null));
  if (id !== null && parsed.owner !== null) actors.addRole(id, parsed.owner.title, named(parsed.owner.ref, null));
  for (const link of parsed.partOf) actors.setPartOf(named(link.child, null), named(link.parent, null));
  return { id, factor };
}
