/** A claim's display text: surrounding quote marks and spaces removed, inner spaces folded. */
export function tidyClaimText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”«»„']+|["“”«»„']+$/g, '')
    .replace(/[,;:]$/, '')
    .trim();
}
