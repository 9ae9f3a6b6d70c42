import type { Span } from '../types';
import { isKnownGivenName, knownPersonName, stripNameDecorations, surnameKey } from '../entities';
import { looksLikePersonName } from './actor-type';
import { phraseAt, type PhraseRef } from './phrase-ref';

/** Runs of capitalised words (with name particles); a title before them is stripped later. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:von|van|der|de|bin|al)\s+)?\p{Lu}[\p{L}'’-]*){0,4}/gu;

/**
 * Names of people in running text — "Russian dictator Vladimir", "President Alexander
 * Lukashenko", "Putin will visit …" — so that they join the actors the attributions found and
 * give them their other spellings. A run is a person's name when it starts with a known given
 * name, is a well-known person's surname, or is the surname of a person already in the article
 * (`knownSurnames`, folded). Runs overlapping `taken` (sorted spans already mentioned) are skipped.
 */
export function findPersonMentions(text: string, from: number, knownSurnames: ReadonlySet<string>, taken: readonly Span[]): PhraseRef[] {
  const found: PhraseRef[] = [];
  let t = 0;
  CAPITALISED_RUN.lastIndex = from;
  for (let m = CAPITALISED_RUN.exec(text); m !== null; m = CAPITALISED_RUN.exec(text)) {
    const run = m[0].replace(/['’]s$/u, '').replace(/[.]$/, '');
    const stripped = stripNameDecorations(run);
    if (stripped.length === 0) continue;
    const start = m.index + run.lastIndexOf(stripped);
    const span = { start, end: start + stripped.length };
    while (t < taken.length && (taken[t]?.end ?? 0) <= span.start) t += 1;
    const next = taken[t];
    if (next !== undefined && next.start < span.end) continue;
    if (!looksLikePersonName(stripped)) continue;
    const words = stripped.split(/\s+/);
    const first = words[0] ?? '';
    const last = words[words.length - 1] ?? '';
    if (isKnownGivenName(first) || knownPersonName(stripped) !== null || knownSurnames.has(surnameKey(last))) {
      found.push(phraseAt(text, span.start, span.end));
    }
  }
  return found;
}
