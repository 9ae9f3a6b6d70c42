/**
 * Per-token facts computed once per article and shared by both taggers: hashes of the
 * lower-cased form, shape and suffix, cue-lexicon membership, quotation context.
 */
import type { AnalyzedText } from '../text';
import { hashString } from './hash';
import { isCueWord } from './lexicon';
import { wordClass } from './word-class';

/** Quote roles of a token. */
export const QUOTE_OUTSIDE = 0;
export const QUOTE_INSIDE = 1;
export const QUOTE_OPEN = 2;
export const QUOTE_CLOSE = 3;

/** An analyzed article with the token-level lookups the feature functions use. */
export interface AttributionDocument extends AnalyzedText {
  lower: string[];
  /** Hashes of the lower-cased word, its shape and its last three letters. */
  wordH: Int32Array;
  shapeH: Int32Array;
  suffixH: Int32Array;
  /** Part-of-speech ambiguity class and most frequent tag of the word (ids, see word-class.ts). */
  classId: Int32Array;
  tagId: Int32Array;
  /** 1 when the token is in the cue lexicon. */
  lexicon: Uint8Array;
  /** QUOTE_OUTSIDE, QUOTE_INSIDE, QUOTE_OPEN or QUOTE_CLOSE. */
  quoteRole: Uint8Array;
  /** 1 for a clause separator (, ; : — --), counted between a token and its cue. */
  separator: Uint8Array;
  /** 1 when the token holds a letter or digit (not punctuation or a quote mark). */
  isWord: Uint8Array;
  /**
   * A small integer per distinct token text (see `wordFacts`), valid for the vocabulary
   * generation `generation`: the taggers cache per-word partial scores by it.
   */
  wordId: Int32Array;
  generation: number;
}

const SEPARATORS = new Set([',', ';', ':', '—', '--', '–']);

/** Collapsed character classes: "Peskov" → "Xx", "23-24" → "d-d", "U.S." → "X.X.". */
function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = word.charAt(i);
    else {
      const ch = word.charAt(i);
      c = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** What buildDocument derives from a token's text alone. */
export interface WordFacts {
  /** Index in the current vocabulary generation. */
  id: number;
  lower: string;
  wordH: number;
  shapeH: number;
  suffixH: number;
  classId: number;
  tagId: number;
  lexicon: number;
  separator: number;
  isWord: number;
}

/**
 * Memo of WordFacts by token text: news vocabulary repeats, and computing the facts was a third
 * of the document cost. Cleared before a document that could fill it, so memory stays bounded over a long batch.
 */
const wordCache = new Map<string, WordFacts>();
const WORD_CACHE_LIMIT = 100_000;
/** The memo's entries by id, and a counter bumped each time the memo is cleared (ids restart). */
const factsById: WordFacts[] = [];
let generation = 0;

/** The facts of the word with id `id` in the current generation. */
export function wordFacts(id: number): WordFacts {
  return factsById[id] as WordFacts;
}

/** The current generation of word ids (bumped when the memo is cleared). */
export function vocabularyGeneration(): number {
  return generation;
}

/** Number of words in the current generation (ids are below it). */
export function vocabularySize(): number {
  return factsById.length;
}

function factsOf(word: string): WordFacts {
  let f = wordCache.get(word);
  if (f === undefined) {
    const l = word.toLowerCase().replace(/’/g, "'");
    const [classId, tagId] = wordClass(word, l);
    f = {
      id: factsById.length,
      lower: l,
      wordH: hashString(l),
      shapeH: hashString(shapeOf(word)),
      suffixH: hashString(l.length > 3 ? l.slice(-3) : l),
      classId,
      tagId,
      lexicon: isCueWord(l) ? 1 : 0,
      separator: SEPARATORS.has(l) ? 1 : 0,
      isWord: /[\p{L}\p{N}]/u.test(l) ? 1 : 0,
    };
    wordCache.set(word, f);
    factsById.push(f);
  }
  return f;
}

/** Computes the taggers' per-token lookups over an article's analysis. */
export function buildDocument(analyzed: AnalyzedText): AttributionDocument {
  const n = analyzed.tokens.length;
  const lower = new Array<string>(n);
  const wordH = new Int32Array(n);
  const shapeH = new Int32Array(n);
  const suffixH = new Int32Array(n);
  const classId = new Int32Array(n);
  const tagId = new Int32Array(n);
  const lexicon = new Uint8Array(n);
  const separator = new Uint8Array(n);
  const quoteRole = new Uint8Array(n);
  const isWord = new Uint8Array(n);
  const wordId = new Int32Array(n);
  // Cleared only between documents: a clear halfway through would mix ids of two generations.
  if (wordCache.size + n > WORD_CACHE_LIMIT) {
    wordCache.clear();
    factsById.length = 0;
    generation++;
  }
  for (let i = 0; i < n; i++) {
    const f = factsOf((analyzed.tokens[i] as { text: string }).text);
    lower[i] = f.lower;
    wordH[i] = f.wordH;
    shapeH[i] = f.shapeH;
    suffixH[i] = f.suffixH;
    classId[i] = f.classId;
    tagId[i] = f.tagId;
    lexicon[i] = f.lexicon;
    separator[i] = f.separator;
    isWord[i] = f.isWord;
    wordId[i] = f.id;
  }
  for (const q of analyzed.quotes) {
    quoteRole.fill(QUOTE_INSIDE, q.open, q.close + 1);
    quoteRole[q.open] = QUOTE_OPEN;
    quoteRole[q.close] = QUOTE_CLOSE;
  }
  return { ...analyzed, lower, wordH, shapeH, suffixH, classId, tagId, lexicon, quoteRole, separator, isWord, wordId, generation };
}
