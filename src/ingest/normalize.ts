/**
 * Comparison forms for names and claim texts: case, accents, punctuation, quote marks and a
 * leading article do not make two names different ("the Kremlin press service" = "Kremlin
 * press service"; "Lukashenko’s" = "Lukashenko's").
 */
export function normalizeName(name: string): string {
  return foldText(name).replace(/^the /, '');
}

/** Lower case, accents removed, apostrophes unified, other punctuation to spaces, spaces folded. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
