import lexicon from 'en-lexicon/dist/lexicon';

const table: Readonly<Record<string, string>> = lexicon as unknown as Record<string, string>;

/**
 * en-lexicon's entry for a word as written (Eric Brill's tagger lexicon, about 110k words): its
 * part-of-speech tags, most frequent first, joined by "|" ("said" → "VBD|VBN|JJ"); undefined when
 * it lacks the word. Own keys only: "constructor" is a word too, not the object's constructor.
 */
export function lexiconEntry(word: string): string | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

/** The tags of `lexiconEntry` as a list; empty when the lexicon lacks the word. */
export function lexiconTags(word: string): string[] {
  return lexiconEntry(word)?.split('|') ?? [];
}

/** Tags of closed-class words: determiners, conjunctions, prepositions, adverbs, wh-words. */
const CLOSED_CLASS_TAG = /^(?:DT|PDT|CC|IN|RB|RBR|RBS|WDT|WP|WRB|EX|TO|UH)$/;

/**
 * True for a word the lexicon knows first as a closed-class word ("But", "Besides", "When"): it
 * opens sentences far more often than it starts a name. Modals are not among them ("Will",
 * "May" are names too).
 */
export function isClosedClassWord(word: string): boolean {
  return CLOSED_CLASS_TAG.test(lexiconTags(word.toLowerCase())[0] ?? '');
}
