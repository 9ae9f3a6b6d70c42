import lexicon from 'en-lexicon/dist/lexicon';

const table: Readonly<Record<string, string>> = lexicon as unknown as Record<string, string>;

/**
 * The part-of-speech tags en-lexicon gives a lowercase word, most frequent first ("said" →
 * VBD, VBN, JJ); empty when it lacks the word. Own keys only: "constructor" is a word too.
 */
export function lexiconTags(word: string): string[] {
  return Object.hasOwn(table, word) ? (table[word] ?? '').split('|') : [];
}
