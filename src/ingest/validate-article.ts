import { badInput } from '../errors/app-error';
import type { ArticleInput } from './curated-input';

/** Control characters other than tab, newline and carriage return: a sign of binary data. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g;
/** More than this share of control or replacement characters and the text is not text. */
const MAX_CONTROL_SHARE = 0.01;
/** Headlines and bylines are short; anything longer is a body pasted into the wrong field. */
export const MAX_TITLE_CHARS = 1000;
export const MAX_AUTHOR_CHARS = 300;
/** More statements than any real article holds: curated input this large is a mistake or abuse. */
export const MAX_CURATED_STATEMENTS = 1000;

/** Refuses an article that cannot be stored as a news text; names the offending field. */
export function validateArticle(input: ArticleInput, maxBytes: number): void {
  validateArticleText(input.text, maxBytes, 'input.text');
  if (input.language != null && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(input.language)) {
    throw badInput('input.language', 'must be a language tag such as "en" or "uk"');
  }
  if (input.title != null && input.title.length > MAX_TITLE_CHARS) throw badInput('input.title', `is longer than ${MAX_TITLE_CHARS} characters`);
  if (input.author != null && input.author.length > MAX_AUTHOR_CHARS) throw badInput('input.author', `is longer than ${MAX_AUTHOR_CHARS} characters`);
  if (input.statements && input.statements.length > MAX_CURATED_STATEMENTS) {
    throw badInput('input.statements', `holds more than ${MAX_CURATED_STATEMENTS} statements`);
  }
}

/**
 * Refuses a text that is empty, larger than `maxBytes` (UTF-8) or binary; `field` is where the
 * client gave it (`input.text` for ingestArticle, `text` for previewExtraction).
 */
export function validateArticleText(text: string, maxBytes: number, field: string): void {
  if (!text.trim()) throw badInput(field, 'must not be empty');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) throw badInput(field, `is ${bytes} bytes; the limit is ${maxBytes} (MAX_ARTICLE_BYTES)`);
  const control = text.match(CONTROL)?.length ?? 0;
  if (control > 0 && (text.includes('\u0000') || control / text.length > MAX_CONTROL_SHARE)) {
    throw badInput(field, 'looks like binary data, not text');
  }
}
