import lexicon from 'en-lexicon/dist/lexicon';

const table: Readonly<Record<string, string>> = lexicon as unknown as Record<string, string>;

/**
 * The part-of-speech tags en-lexicon gives a lowercase word, most frequent first ("said" →
 * VBD, VBN, JJ); empty when it lacks the word. Own keys only: "constructor" is a word too.
 */
export function lexiconTags(word: string): string[] {
  return Object.hasOwn(table, word) ? (table[word] ?? '').split('|') : [];
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
