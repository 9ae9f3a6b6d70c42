/** Quote marks of every style (straight, curly, low-9, guillemets). */
const QUOTE_MARKS = /["“”„‟«»‹›]/g;

/**
 * The displayed text of a claim: the statement's words with quote marks removed (a quoted part
 * is still the speaker's claim), a leading complementiser "that" dropped ("said that Ukraine
 * controls …" → "Ukraine controls …"), whitespace folded, trailing punctuation trimmed and the
 * first letter capitalised. Pronouns are left as written: resolving "he" inside a claim is
 * beyond what the text reliably supports.
 */
export function tidyClaimText(text: string): string {
  const tidy = text
    .replace(QUOTE_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^that\s+/i, '')
    .replace(/^[,;:\s]+|[,;:.\s]+$/g, '');
  return tidy.length === 0 ? tidy : tidy.charAt(0).toUpperCase() + tidy.slice(1);
}
