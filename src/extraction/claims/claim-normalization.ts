import { stemWord } from './stemming';

/** Quote marks of every style; removed from claim text before comparing. */
const QUOTE_CHARS = /["“”„‟«»‹›‘’‚‛]/g;
/** Articles carry no content: "a great threat" and "the great threat" are one claim. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Words of a claim: lowercase, quote marks and punctuation gone, hyphens and dashes split. */
export function claimWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/n['’]t\b/g, ' not')
    .replace(QUOTE_CHARS, ' ')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The comparison form of a claim: lowercase, no quote marks, punctuation or articles,
 * whitespace folded, each word lightly stemmed. "The deployment of “Russian equipment”." →
 * "deploy of russian equipment".
 */
export function normalizeClaimText(text: string): string {
  return claimWords(text)
    .filter((w) => !ARTICLES.has(w))
    .map(stemWord)
    .join(' ');
}
