import type { Span } from '../types';
import { isGivenInitials, isKnownGivenName, isTableFirstName, knownPersonName, stripNameDecorations, surnameKey } from '../entities';
import { memoize } from '../entities/memoize';
import { looksLikePersonName } from './actor-type';
import { isClosedClassWord } from '../text/lexicon';
import { personNameIn } from './person-in-phrase';
import { phraseAt, type PhraseRef } from './phrase-ref';

/**
 * Runs of capitalised words (with name particles); a title before them is stripped later. A
 * middle initial ("Marc H. Morial", "Joseph R. Biden Jr.") continues a run only before another
 * capitalised word, and no run crosses a line break ("Congress.\n\nTenney" is two). Up to eight
 * words, so that a long title keeps its name whole ("Senate Intelligence Ranking Democrat Dianne
 * Feinstein"); the name is found at its end.
 */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+(?:(?:von|van|der|de|bin|al)[^\S\n]+)?(?:(?:\p{Lu}\.){1,2}(?=[^\S\n]+\p{Lu})|\p{Lu}[\p{L}'’-]*)){0,7}/gu;

/**
 * Titles only people bear, before a name: "Mr. Regalado", "Justice Kennedy", "Sen. Cruz" name a
 * person wherever they stand. ("General" and "Major" are not among them: "General Motors".)
 */
const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Adm|Gen|Lt|Col|Sgt|Capt|Rev)\.\s|^(?:Justice|Judge|Admiral|Senator|Governor|Mayor)\s/u;

/** What a capitalised run says about itself, wherever it stands in the text. */
interface RunReading {
  /** The run without possessive, final period and titles: the name as it would be mentioned. */
  name: string;
  /** Where `name` starts inside the run. */
  offset: number;
  /** The name reads as a person's name (see `looksLikePersonName`). */
  personLike: boolean;
  /** It starts with a known given name or is a well-known person: a mention in any article. */
  knownPerson: boolean;
  /** The folded surname (last word), for the article's own people. */
  surnameKey: string;
}

/**
 * Reads one capitalised run. Memoised by the run's text: an article has a hundred or more runs
 * and most recur across articles ("The", "He", "Putin", "President Alexander Lukashenko"), so
 * the title stripping and name tests run once per distinct run.
 */
const readRun: (run: string) => RunReading = memoize((raw) => {
  const run = raw.replace(/['’]s$/u, '').replace(/[.]$/, '');
  // "But Canova was unable …", "Besides Clinton, …": a sentence's opening word is no given name.
  const opening = /^(\S+)\s+/u.exec(run);
  let name = stripNameDecorations(opening !== null && isClosedClassWord(opening[1] ?? '') ? run.slice(opening[0].length) : run);
  // "New Jersey Gov. Chris Christie": titles after other capitalised words; "As Steven M.
  // Rosenthal …": a sentence-opening word before a name that starts with a given name.
  const opener = name.split(/\s+/)[0] ?? '';
  const startsWithGiven = isKnownGivenName(opener) || isTableFirstName(opener) || isGivenInitials(opener);
  const inner = looksLikePersonName(name) && (startsWithGiven || !name.includes(' ')) ? null : personNameIn(run);
  if (inner !== null) name = run.slice(inner.start, inner.end);
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return {
    name,
    offset: run.lastIndexOf(name),
    personLike: name.length > 0 && looksLikePersonName(name),
    knownPerson:
      name.length > 0 &&
      (isKnownGivenName(first) || (words.length > 1 && (isTableFirstName(first) || isGivenInitials(first))) || knownPersonName(name) !== null || PERSON_TITLE.test(run)),
    surnameKey: surnameKey(last),
  };
});

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
    // A run inside a name already taken (a source phrase, a hop) cannot give a new mention:
    // skip it before reading it.
    while (t < taken.length && (taken[t]?.end ?? 0) <= m.index) t += 1;
    const around = taken[t];
    if (around !== undefined && around.start <= m.index && m.index + m[0].length <= around.end) continue;
    const reading = readRun(m[0]);
    if (reading.name.length === 0) continue;
    const start = m.index + reading.offset;
    const span = { start, end: start + reading.name.length };
    while (t < taken.length && (taken[t]?.end ?? 0) <= span.start) t += 1;
    const next = taken[t];
    if (next !== undefined && next.start < span.end) continue;
    if (!reading.personLike) continue;
    if (reading.knownPerson || knownSurnames.has(reading.surnameKey)) found.push(phraseAt(text, span.start, span.end));
  }
  return found;
}
