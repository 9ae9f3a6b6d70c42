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
/**
 * Names (speakers, actors, aliases, outlets, chain hops, roles) and claim texts are stored in
 * range indexes, which refuse a value over ~8 kB: the fuzzer's 10,000-character `partOf` reached
 * Neo4j and came back as an internal error. No real name is longer than this…
 */
export const MAX_NAME_CHARS = 300;
/** …and no claim (nor the quote that is a statement's claim by default) longer than this. */
export const MAX_CLAIM_CHARS = 2000;

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
  checkLength('input.outlet', input.outlet, MAX_NAME_CHARS);
  input.statements?.forEach((statement, i) => {
    const at = `input.statements[${i}]`;
    checkLength(`${at}.speaker`, statement.speaker, MAX_NAME_CHARS);
    statement.chain?.forEach((hop, j) => checkLength(`${at}.chain[${j}]`, hop, MAX_NAME_CHARS));
    checkLength(`${at}.quote`, statement.quote, MAX_CLAIM_CHARS);
    if (statement.span && statement.span.end - statement.span.start > MAX_CLAIM_CHARS) {
      throw badInput(`${at}.span`, `covers more than ${MAX_CLAIM_CHARS} characters`);
    }
    checkLength(`${at}.claim`, statement.claim, MAX_CLAIM_CHARS);
    statement.counters?.forEach((text, j) => checkLength(`${at}.counters[${j}]`, text, MAX_CLAIM_CHARS));
    statement.supports?.forEach((text, j) => checkLength(`${at}.supports[${j}]`, text, MAX_CLAIM_CHARS));
  });
  input.actors?.forEach((actor, i) => {
    const at = `input.actors[${i}]`;
    checkLength(`${at}.name`, actor.name, MAX_NAME_CHARS);
    actor.aliases?.forEach((alias, j) => checkLength(`${at}.aliases[${j}]`, alias, MAX_NAME_CHARS));
    checkLength(`${at}.partOf`, actor.partOf, MAX_NAME_CHARS);
    checkLength(`${at}.role.title`, actor.role?.title, MAX_NAME_CHARS);
    checkLength(`${at}.role.of`, actor.role?.of, MAX_NAME_CHARS);
  });
}

function checkLength(field: string, value: string | null | undefined, max: number): void {
  if (value != null && value.length > max) throw badInput(field, `is longer than ${max} characters`);
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
