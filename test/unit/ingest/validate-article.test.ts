import { AppError } from '../../../src/errors/app-error';
import { MAX_AUTHOR_CHARS, MAX_TITLE_CHARS, validateArticle } from '../../../src/ingest/validate-article';

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

  it('refuses a text of binary data, naming input.text', () => {
    expect(fieldOfError(() => validateArticle({ text: 'PK\u0003\u0004\u0000\u0000binary' }, MAX_BYTES))).toMatch(/input\.text/);
  });
});
