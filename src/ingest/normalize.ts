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

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A Lucene phrase query for a name, safe whatever characters the name holds. */
export function lucenePhrase(text: string): string {
  return `"${text.replace(LUCENE_SPECIAL, (c) => `\\${c}`)}"`;
}

/** A Lucene query matching any of a text's words of three letters or more (at most 30). */
export function luceneAnyWord(text: string): string | null {
  const words = [...new Set(foldText(text).split(' ').filter((w) => w.length >= 3))].slice(0, 30);
  return words.length ? words.map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`)).join(' OR ') : null;
}
