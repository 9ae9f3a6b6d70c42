/**
 * A word's part-of-speech classes, looked up in en-lexicon (Eric Brill's tagger lexicon, about
 * 110k words, each with its tags most frequent first: "said" → "VBD|VBN|JJ"). Context-free, so
 * it costs one lookup per distinct word (the facts memo in `document.ts` keeps it), where a
 * tagger would cost as much as the whole attribution stage (see the README). The role tagger
 * uses them to find where a content ends ("… the science of climate change and criticized …").
 *
 * Classes and tags are numbered as they are first met (small integers, for the scorers' tables);
 * id 0 of both stands for "no token here" and hashes as the features' boundary value.
 */
import { lexiconEntry } from '../text/lexicon';
import { hashString } from './hash';

const BOUNDARY_HASH = hashString('<s>');

/**
 * Upper bounds on the ids, so the scorers can size their tables once: the lexicon has 46 tags (its first ones)
 * and 324 two-tag classes, `guess` adds at most two of each.
 */
export const MAX_TAGS = 48;
export const MAX_CLASSES = 512;

/** Numbers strings as they are first met; id 0 is the boundary. */
class Numbering {
  private readonly ids = new Map<string, number>();
  readonly hashes: number[] = [BOUNDARY_HASH];

  constructor(private readonly max: number) {}

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      if (this.hashes.length >= this.max) throw new Error(`more than ${this.max} word classes: ${value}`);
      id = this.hashes.length;
      this.ids.set(value, id);
      this.hashes.push(hashString(value));
    }
    return id;
  }
}

const classes = new Numbering(MAX_CLASSES);
const tags = new Numbering(MAX_TAGS);

/** The id standing for "no token here" (before a window's start, after the text's end). */
export const NO_WORD = 0;

/** Feature hash of ambiguity class `id` (the first two tags: "VBD|VBN"). */
export function classHash(id: number): number {
  return classes.hashes[id] as number;
}

/** Feature hash of tag `id` (the word's most frequent tag: "VBD"). */
export function tagHash(id: number): number {
  return tags.hashes[id] as number;
}

/** A guess from the word's form for words the lexicon lacks (names, numbers, rare inflections). */
function guess(word: string): string {
  if (/^\p{Lu}/u.test(word)) return 'NNP';
  if (/\d/.test(word)) return 'CD';
  if (word.endsWith('ing')) return 'VBG';
  if (word.endsWith('ed')) return 'VBD|VBN';
  if (word.endsWith('ly')) return 'RB';
  if (word.endsWith('s')) return 'NNS';
  return 'UNKNOWN';
}

/** [class id, tag id] of a token text (`lower`: its lower-cased form). */
export function wordClass(word: string, lower: string): [number, number] {
  const found = lexiconEntry(word) ?? lexiconEntry(lower) ?? guess(word);
  const bar = found.indexOf('|');
  const first = bar < 0 ? found : found.slice(0, bar);
  const second = bar < 0 ? -1 : found.indexOf('|', bar + 1);
  return [classes.id(second < 0 ? found : found.slice(0, second)), tags.id(first)];
}
