/**
 * Quotation regions: which tokens sit inside quotation marks. Handles straight ("), curly
 * (“ ”) and guillemet (« ») double quotes, a quote that runs over several paragraphs (news
 * style opens each continued paragraph with a new mark and closes only the last), and
 * unbalanced marks (a quote never closed ends with its paragraph).
 */
import { CLOSING_MARKS, OPENING_MARKS } from './quote-marks';
import type { Sentence } from './sentences';
import type { Token } from './tokenize';

/** A quotation: token range [open, close] including both marks (close may be a non-mark when unbalanced). */
export interface Quote {
  open: number;
  close: number;
}

const OPENERS: ReadonlySet<string> = new Set(OPENING_MARKS);
const CLOSERS: ReadonlySet<string> = new Set(CLOSING_MARKS);

/** Whether a straight double quote opens (follows space or an opening bracket) or closes. */
function straightOpens(text: string, token: Token): boolean {
  if (token.start === 0) return true;
  const before = text.charAt(token.start - 1);
  return /[\s(\[{—–-]/u.test(before);
}

/** Finds the quotations in a tokenized text. */
export function findQuotes(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Quote[] {
  const paragraphOf = new Int32Array(tokens.length);
  for (const s of sentences) paragraphOf.fill(s.paragraph, s.tokenStart, s.tokenEnd);
  const quotes: Quote[] = [];
  let open = -1;
  const lastOfParagraph = (i: number): number => {
    let j = i;
    while (j + 1 < tokens.length && paragraphOf[j + 1] === paragraphOf[i]) j++;
    return j;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = (tokens[i] as Token).text;
    if (open >= 0 && paragraphOf[i] !== paragraphOf[i - 1]) {
      // A new paragraph: the quote continues only when this paragraph opens with a mark.
      const continues = t === '"' || OPENERS.has(t);
      if (continues) continue;
      quotes.push({ open, close: i - 1 });
      open = -1;
    }
    const isOpen = OPENERS.has(t) || (t === '"' && straightOpens(text, tokens[i] as Token));
    const isClose = CLOSERS.has(t) || (t === '"' && !isOpen);
    if (isOpen) {
      // Unbalanced: an opener inside an open quote on the same paragraph closes the old one first.
      if (open >= 0) quotes.push({ open, close: i - 1 });
      open = i;
    } else if (isClose) {
      if (open >= 0) {
        quotes.push({ open, close: i });
        open = -1;
      } else {
        // A closer with no opener ("... threats.” at a paragraph's start): quote from paragraph start.
        let j = i;
        while (j > 0 && paragraphOf[j - 1] === paragraphOf[i]) j--;
        if (j < i) quotes.push({ open: j, close: i });
      }
    }
  }
  if (open >= 0) quotes.push({ open, close: lastOfParagraph(open) });
  return quotes.filter((q) => q.close > q.open);
}
