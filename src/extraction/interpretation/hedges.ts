/**
 * Hedges: words with which a writer passes on a claim without vouching for it or saying whose
 * it is. "The dictators will also reportedly discuss …" (the reference article) is such a claim.
 */
export const HEDGE_PATTERN =
  /\b(?:reportedly|allegedly|purportedly|supposedly|apparently|ostensibly|rumou?red|unconfirmed|(?:is|are|was|were)\s+(?:said|believed|thought|rumou?red|reported|alleged|understood)\s+to|(?:is|are)\s+expected\s+to|it\s+is\s+(?:claimed|alleged|rumou?red|said|reported)|according\s+to\s+(?:unconfirmed\s+)?(?:reports|rumou?rs|sources))\b/i;

/** The hedge word or phrase in the text, or null. */
export function findHedge(text: string): string | null {
  return HEDGE_PATTERN.exec(text)?.[0] ?? null;
}
