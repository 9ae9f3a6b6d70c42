import { createHash } from 'node:crypto';

/**
 * The identity of an article's text. Line endings are unified first so that the same article
 * pasted from Windows and from a Unix tool is recognised as one; nothing else is changed,
 * because statement offsets point into the text as stored.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex');
}
