import type { Span } from '../types';
import { phraseAt } from './phrase-ref';
import { sentenceIndexAt, type Sentence } from './sentences';

/** A dash that opens or closes an aside: "--", an em dash, or a spaced en dash. */
const DASH = /\s*(?:--|—|\s–\s)\s*/gu;
/** Where the phrase before an aside starts: the sentence start or a clause boundary. */
const PHRASE_BOUNDARY = /[,;:"“”(]/gu;
/** A dash that closes the source itself ("a book analyzing … --"). */
const TRAILING_DASH = /\s*(?:--|—|\s–)\s*$/u;
/** The longest name we take from before an aside. */
const MAX_HEAD_WORDS = 8;

/**
 * The source without a dash aside: "Kall -- co-editor of Debating The Donald, a book analyzing
 * Trump's performances at GOP primary debates -- said" is Kall's statement, whatever part of it
 * the span stage took for the source — the aside's tail up to the closing dash ("a book
 * analyzing … --"), the whole of it, or the name with an unclosed aside ("members of The
 * POLITICO Caucus — a collection of strategists …"). The aside describes the speaker; the
 * words before its opening dash name them. Unchanged when the source is not next to an aside.
 */
export function sourceBeforeDashAside(text: string, sentences: readonly Sentence[], source: Span): Span {
  const phrase = text.slice(source.start, source.end);
  const closing = TRAILING_DASH.exec(phrase);
  const core = closing === null ? phrase : phrase.slice(0, closing.index);
  const inside = new RegExp(DASH).exec(core);
  if (inside !== null && inside.index > 0) {
    const head = phraseAt(text, source.start, source.start + inside.index);
    return head.text.length > 0 ? head.span : source;
  }
  if (closing === null && !/^\s*(?:--|—|–\s)/u.test(text.slice(source.end, source.end + 4))) return source;
  // The source is the aside's tail: the name is before the opening dash.
  const sentence = sentences[sentenceIndexAt(sentences, source.start)];
  if (sentence === undefined || sentence.start >= source.start) return source;
  const before = text.slice(sentence.start, source.start + (inside === null ? 0 : inside.index));
  let opening: number | null = null;
  for (const m of before.matchAll(DASH)) opening = m.index ?? null;
  if (opening === null) return source;
  const lead = before.slice(0, opening);
  let boundary = -1;
  for (const m of lead.matchAll(PHRASE_BOUNDARY)) boundary = m.index ?? boundary;
  const head = phraseAt(text, sentence.start + boundary + 1, sentence.start + opening);
  const words = head.text.split(/\s+/).length;
  return head.text.length === 0 || words > MAX_HEAD_WORDS || !/^\p{Lu}/u.test(head.text) ? source : head.span;
}
