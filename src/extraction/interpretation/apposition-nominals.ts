import { isPersonRoleNoun } from './person-roles';
import type { InterpretationState } from './interpretation-state';
import { phraseAt } from './phrase-ref';
import { isActorPhrase } from './actor-phrase';
import { classifyActorPhrase } from './actor-type';

/** A capitalised name of up to five words ("Wells Fargo", "the Center for Countering Disinformation"). */
const NAME = String.raw`\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}&.'’-]*)){0,5}`;
/** Nouns that are no organisations: documents, statements, and what people write. */
const NOT_ORGANIZATION = /^(?:statement|report|announcement|message|release|book|memo|letter|video|post|poll|survey|study|document|article|story)$/;

/**
 * "the bank" after the article has said which bank: "Wells Fargo, the nation's largest bank,"
 * or "the bank, Wells Fargo,". Only such an apposition ties the noun to the name — a bank named
 * somewhere in the article is not thereby "the bank" — and the nearest one before `at` wins.
 * The name becomes an organisation (an outlet when it is one); null when the article never says it.
 */
export function resolveByApposition(state: InterpretationState, noun: string, at: number, confidence: number): number | null {
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(noun) || isPersonRoleNoun(noun) || NOT_ORGANIZATION.test(noun)) return null;
  const { text } = state;
  const pattern = new RegExp(
    String.raw`(${NAME}),\s+(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}${noun}\b|\b[Tt]he\s+${noun},\s+(${NAME})(?=\s*[,.;)])`,
    'gu',
  );
  let found: { start: number; end: number } | null = null;
  for (const m of text.slice(0, at).matchAll(pattern)) {
    const name = m[1] ?? m[2];
    if (name === undefined) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    found = { start, end: start + name.length };
  }
  if (found === null) return null;
  const ref = phraseAt(text, found.start, found.end);
  if (!isActorPhrase(ref.text)) return null;
  // The apposition says what it is: "Wells Fargo" reads like a person's name, but is a bank.
  const cls = classifyActorPhrase(ref.text, null);
  const id = state.actors.add({ text: ref.text, span: ref.span, type: cls.type === 'OUTLET' ? 'OUTLET' : 'ORGANIZATION', confidence });
  state.mentioned.push({ id, at: ref.span.start });
  return id;
}
