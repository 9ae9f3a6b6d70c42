import { knownPersonName } from '../entities';
import { looksLikePersonName } from './actor-type';
import { personNameIn } from './person-in-phrase';
import { phraseAt, type PhraseRef } from './phrase-ref';

/**
 * Words the span stage leaves before a source: a preposition, a verb or a sentence's opening
 * conjunction ("of his supporters", "are some economists", "Say Mexico", "But Canova"). Not "and":
 * "and Robert Menendez" is the tail of a coordination, which names no single actor.
 */
const LEADING_JUNK =
  /^(?:(?:of|to|for|from|by|with|in|on|at|about|than|as|are|is|was|were|say|says|said|tell|tells|told|but|so|yet|besides|meanwhile|however|moreover)\s+)+(?=\S)/i;
/**
 * What it leaves after one: a relative or personal pronoun ("the Chicago Police Department
 * which", "… RT he"), or the possessive of the noun it cut off ("The Census' data show").
 */
const TRAILING_JUNK = /(?:\s+(?:which|who|whom|whose|that|he|she|they|it|we|I|also|all|both))+$|(?<=\p{L})['’]s$|(?<=s)['’]$/u;
/** A comma part that is a clause or an adverbial, not an apposition: "on a problem that", "the composition of which". */
const CLAUSE_PART = /^(?:(?:on|in|at|during|after|before|while|when|with|without|for|from|by|about|despite)\s|.*\b(?:which|whom|whose|who)$)/i;
/** Coordination of sources: "Neither Clinton nor her allies", "Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez". */
const CONJUNCTION = /\s+(?:and|nor|&)\s+/;
/** Unnamed people the span stage gives without a determiner: "source", "Those close to him". */
const UNNAMED_BARE = /^(?:sources?|officials?|spokes(?:man|woman|person)|aides?|insiders?|those\s+(?:close|familiar|near)\b.*|people\s+(?:close|familiar)\b.*)$/i;

/** What a source phrase is after tidying: the phrase, or a coordination / unnamed that names no single actor. */
export type TidySource = { kind: 'phrase'; ref: PhraseRef } | { kind: 'none'; ref: PhraseRef };

/**
 * Trims what the span stage put around a source: a leading preposition or verb, a trailing
 * relative or personal pronoun, and comma parts that are clauses ("the Supreme Court, the
 * composition of which" → the Supreme Court). A coordination of people ("Neither Clinton nor
 * her allies", "X, Y and Z all") names no single actor, nor does a bare common noun ("source",
 * "Poll"); both come back as `none`.
 */
export function tidySourcePhrase(text: string, whole: PhraseRef): TidySource {
  // A source never crosses a paragraph. The span stage runs one back over a paragraph's end
  // ("ISIL.\n\nGraham said", "Friday.\n\nVatican officials said"): the source is after it.
  let start = whole.span.start + afterLastParagraphBreak(whole.text);
  const end = whole.span.end;
  const lead = LEADING_JUNK.exec(text.slice(start, end));
  if (lead !== null && lead[0].length < end - start) start += lead[0].length;
  let ref = phraseAt(text, start, end);
  const parts = topLevelParts(ref.text);
  if (parts.length >= 2) {
    let keep = parts.length;
    while (keep > 1 && CLAUSE_PART.test((parts[keep - 1] ?? '').trim())) keep -= 1;
    if (keep < parts.length) ref = phraseAt(text, ref.span.start, ref.span.start + parts.slice(0, keep).join(',').length);
  }
  const trail = TRAILING_JUNK.exec(ref.text);
  if (trail !== null && trail.index > 0) ref = phraseAt(text, ref.span.start, ref.span.start + trail.index);
  if (isCoordination(ref.text) || UNNAMED_BARE.test(ref.text) || isBareCommonNoun(ref.text)) return { kind: 'none', ref };
  return { kind: 'phrase', ref };
}

/** Where the text after the last paragraph break of a phrase starts; 0 when it has none. */
function afterLastParagraphBreak(phrase: string): number {
  let after = 0;
  for (const m of phrase.matchAll(/\s*\n\s*(?=\S)/g)) after = (m.index ?? 0) + m[0].length;
  return after;
}

/** True for sources joining people or groups: "Neither Clinton nor her allies", "Cruz and his aides". */
function isCoordination(phrase: string): boolean {
  if (/^(?:neither|either|both)\s/i.test(phrase) && /\s(?:nor|or|and)\s/i.test(phrase)) return true;
  // The span stage's tail of a coordination: "and Robert Menendez (D-N.J.)".
  if (/^(?:and|or|nor)\s/i.test(phrase)) return true;
  const conjuncts = phrase.replace(/\s+(?:all|both)$/i, '').split(/,\s*|\s+(?:and|nor|&)\s+/);
  if (conjuncts.length < 2 || !CONJUNCTION.test(phrase)) return false;
  // Both ends must be people: "Andriy Kovalenko, head of … and Defense Council" is one person.
  const person = (part: string | undefined): boolean => {
    const p = (part ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
    return /^(?:his|her|their)\s/i.test(p) || looksLikePersonName(p) || personNameIn(p) !== null || knownPersonName(p) !== null;
  };
  return person(conjuncts[0]) && person(conjuncts[conjuncts.length - 1]);
}

/**
 * One capitalised noun for a document or a source, as headlines and labels use them ("Poll:
 * Wealthy Voters …", "Source"). A closed list: other such words are surnames too ("Tester").
 */
function isBareCommonNoun(phrase: string): boolean {
  return /^(?:poll|polls|survey|study|report|source|video|photo|data|document|memo|analysis|update|exclusive|watch|transcript)$/i.test(phrase);
}

/** The phrase's comma parts outside brackets. */
function topLevelParts(phrase: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < phrase.length; i += 1) {
    const ch = phrase[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      parts.push(phrase.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(phrase.slice(from));
  return parts;
}
