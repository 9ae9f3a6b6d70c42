import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../ingest/curated-input';
import { byline, metadataFor, type ArticleMetadata, type MetadataTable } from './article-metadata';

/** One article read from disk, or the reason it could not be read; `source` names file and line. */
export type ArticleSource = { source: string; article: ArticleInput } | { source: string; error: string };

const EXTENSIONS = new Set(['.txt', '.md', '.jsonl']);

/** The files under the given paths that hold articles, in a stable order; folders are walked. */
export function listArticleFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const given of paths) {
    const stat = fs.statSync(given, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${given}: no such file or folder`);
    if (stat.isDirectory()) {
      const found = fs
        .readdirSync(given, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && EXTENSIONS.has(path.extname(entry.name)))
        .map((entry) => path.join(entry.parentPath, entry.name));
      files.push(...found.sort());
    } else {
      files.push(given);
    }
  }
  return files;
}

/**
 * Reads one file's articles: a .txt or .md file is one article (a Markdown `# heading` on the
 * first line is its title); a .jsonl file holds one article per line with its metadata
 * (`text`, and optionally `url`, `title`, `publishedAt` or `date`, `outlet` or `publisher`,
 * `author`, `language`). A bad line is reported on its own; the other lines still go in.
 *
 * A sidecar table's row for the file fills in what the file does not say. For a .txt or .md file
 * the table wins over the Markdown heading (it is the curated record); a .jsonl line's own
 * fields win over a row naming the whole .jsonl file.
 */
export function readArticles(file: string, table?: MetadataTable): ArticleSource[] {
  const extension = path.extname(file);
  if (!EXTENSIONS.has(extension)) return [{ source: file, error: `not a .txt, .md or .jsonl file` }];
  const content = fs.readFileSync(file, 'utf8');
  const row = table ? metadataFor(table, file) : undefined;
  if (extension !== '.jsonl') {
    const heading = extension === '.md' ? /^#\s+(.+)$/m.exec(content.split('\n', 1)[0] ?? '')?.[1]?.trim() : undefined;
    const article: ArticleInput = { text: content, title: heading ?? null };
    return [{ source: file, article: row ? withMetadata(article, row, 'table') : article }];
  }
  return content.split('\n').flatMap((line, i): ArticleSource[] => {
    if (!line.trim()) return [];
    const source = `${file}:${i + 1}`;
    try {
      const article = articleFromJson(JSON.parse(line));
      return [{ source, article: row ? withMetadata(article, row, 'article') : article }];
    } catch (error) {
      return [{ source, error: (error as Error).message }];
    }
  });
}

/** The article with the row's metadata added; `wins` says whose value stands where both have one. */
function withMetadata(article: ArticleInput, row: ArticleMetadata, wins: 'table' | 'article'): ArticleInput {
  const pick = <T>(own: T | null | undefined, fromTable: T | null): T | null =>
    wins === 'table' ? (fromTable ?? own ?? null) : (own ?? fromTable ?? null);
  return {
    ...article,
    title: pick(article.title, row.title),
    publishedAt: pick(article.publishedAt, row.publishedAt),
    outlet: pick(article.outlet, row.outlet),
    author: pick(article.author, row.author),
    url: pick(article.url, row.url),
  };
}

function articleFromJson(value: unknown): ArticleInput {
  if (typeof value !== 'object' || value === null) throw new Error('a line must be a JSON object');
  const record = value as Record<string, unknown>;
  const text = record.text;
  if (typeof text !== 'string') throw new Error('"text" must be a string');
  const optional = (key: string): string | null => {
    const field = record[key];
    if (field == null) return null;
    if (typeof field !== 'string') throw new Error(`"${key}" must be a string`);
    return field;
  };
  /** The first of several accepted names that the line uses, and its value. */
  const either = (...keys: string[]): [string, string | null] => {
    const key = keys.find((k) => record[k] != null) ?? (keys[0] as string);
    return [key, optional(key)];
  };
  const [dateKey, published] = either('publishedAt', 'date');
  const date = published ? new Date(published) : null;
  if (date && Number.isNaN(date.getTime())) throw new Error(`"${dateKey}" is not a date: ${published}`);
  return {
    text,
    url: optional('url'),
    title: optional('title'),
    outlet: either('outlet', 'publisher')[1],
    author: byline(optional('author')),
    language: optional('language'),
    publishedAt: date,
  };
}
