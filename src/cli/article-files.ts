import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../ingest/curated-input';

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
 * (`text`, and optionally `url`, `title`, `publishedAt`, `outlet`, `language`). A bad line is
 * reported on its own; the other lines still go in.
 */
export function readArticles(file: string): ArticleSource[] {
  const extension = path.extname(file);
  if (!EXTENSIONS.has(extension)) return [{ source: file, error: `not a .txt, .md or .jsonl file` }];
  const content = fs.readFileSync(file, 'utf8');
  if (extension !== '.jsonl') {
    const title = extension === '.md' ? /^#\s+(.+)$/m.exec(content.split('\n', 1)[0] ?? '')?.[1]?.trim() : undefined;
    return [{ source: file, article: { text: content, title: title ?? null } }];
  }
  return content.split('\n').flatMap((line, i): ArticleSource[] => {
    if (!line.trim()) return [];
    const source = `${file}:${i + 1}`;
    try {
      return [{ source, article: articleFromJson(JSON.parse(line)) }];
    } catch (error) {
      return [{ source, error: (error as Error).message }];
    }
  });
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
  const publishedAt = optional('publishedAt');
  const date = publishedAt ? new Date(publishedAt) : null;
  if (date && Number.isNaN(date.getTime())) throw new Error(`"publishedAt" is not a date: ${publishedAt}`);
  return { text, url: optional('url'), title: optional('title'), outlet: optional('outlet'), language: optional('language'), publishedAt: date };
}
