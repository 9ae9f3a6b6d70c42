import { AppError } from '../../../src/errors/app-error';
import { MAX_AUTHOR_CHARS, MAX_CLAIM_CHARS, MAX_NAME_CHARS, MAX_TITLE_CHARS, validateArticle } from '../../../src/ingest/validate-article';

const MAX_BYTES = 2_000_000;

function fieldOfError(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as AppError).message;
  }
  return undefined;
}

describe('article validation', () => {
  it('accepts a title and an author at their limits', () => {
    expect(() => validateArticle({ text: 'Peskov said so.', title: 't'.repeat(MAX_TITLE_CHARS), author: 'a'.repeat(MAX_AUTHOR_CHARS) }, MAX_BYTES)).not.toThrow();
  });

  it('refuses an author one character over its limit, naming input.author', () => {
    expect(fieldOfError(() => validateArticle({ text: 'Peskov said so.', author: 'a'.repeat(MAX_AUTHOR_CHARS + 1) }, MAX_BYTES))).toMatch(/input\.author/);
  });

  it('refuses a title one character over its limit, naming input.title', () => {
    expect(fieldOfError(() => validateArticle({ text: 'Peskov said so.', title: 't'.repeat(MAX_TITLE_CHARS + 1) }, MAX_BYTES))).toMatch(/input\.title/);
  });

  it('accepts curated names and claims at their limits', () => {
    const name = 'N'.repeat(MAX_NAME_CHARS);
    const claim = 'c'.repeat(MAX_CLAIM_CHARS);
    const input = { text: 'Peskov said so.', outlet: name, statements: [{ speaker: name, chain: [name], claim, counters: [claim] }], actors: [{ name, type: 'PERSON' as never, aliases: [name], partOf: name }] };
    expect(fieldOfError(() => validateArticle(input, MAX_BYTES))).toBeUndefined();
  });

  // Found by the fuzzer: a 10,000-character partOf reached Neo4j's range index and failed there.
  it('refuses a curated name or claim one character over its limit, naming the field', () => {
    const long = 'N'.repeat(MAX_NAME_CHARS + 1);
    const text = 'Peskov said so.';
    expect(fieldOfError(() => validateArticle({ text, actors: [{ name: 'Kremlin', type: 'ORGANIZATION' as never, partOf: long }] }, MAX_BYTES))).toBe(
      `input.actors[0].partOf: is longer than ${MAX_NAME_CHARS} characters`,
    );
    expect(fieldOfError(() => validateArticle({ text, statements: [{ speaker: 'Peskov', chain: ['UNN', long] }] }, MAX_BYTES))).toMatch(/^input\.statements\[0\]\.chain\[1\]: /);
    expect(fieldOfError(() => validateArticle({ text, outlet: long }, MAX_BYTES))).toMatch(/^input\.outlet: /);
    expect(fieldOfError(() => validateArticle({ text, statements: [{ claim: 'c'.repeat(MAX_CLAIM_CHARS + 1) }] }, MAX_BYTES))).toBe(
      `input.statements[0].claim: is longer than ${MAX_CLAIM_CHARS} characters`,
    );
  });

  it('refuses a text of binary data, naming input.text', () => {
    expect(fieldOfError(() => validateArticle({ text: 'PK\u0003\u0004\u0000\u0000binary' }, MAX_BYTES))).toMatch(/input\.text/);
  });
});
