import { CsvError, parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';

/** What a sidecar table or a .jsonl line may say about an article; null where it says nothing. */
export interface ArticleMetadata {
  title: string | null;
  publishedAt: Date | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
}

/** A sidecar table that cannot be read; the message names the file and, where known, the line. */
export class MetadataTableError extends Error {
  override readonly name = 'MetadataTableError';
}

/** Rows of a sidecar table by article file name (with and without its extension). */
export type MetadataTable = Map<string, ArticleMetadata>;

/**
 * The accepted column names of each field, most specific first. PolNeAR calls the outlet
 * `publisher` and the date `publication_date`; .jsonl clients tend to say `outlet` and `publishedAt`.
 */
const COLUMNS = {
  file: ['filename', 'file', 'name'],
  title: ['title'],
  publishedAt: ['publishedat', 'published_at', 'publication_date', 'date'],
  outlet: ['outlet', 'publisher'],
  author: ['author'],
  url: ['url'],
} as const;

/** Article files the ingest command reads; a table may name them with or without the extension. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.jsonl']);

/**
 * Cells that mean "unknown": tables exported from Python or R write missing values as words
 * (PolNeAR's author column says `None` for wire copy), and storing them would name an author "None".
 */
const MISSING = new Set(['', 'none', 'null', 'nan', 'n/a', 'na']);

/**
 * Reads a CSV or TSV sidecar table. The delimiter comes from the extension (.tsv, .csv), else
 * from the header line (a tab means TSV). TSV cells are taken literally: its convention has no
 * quoting, and titles often begin with a quotation mark.
 */
export function readMetadataTable(file: string): MetadataTable {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new MetadataTableError(`${file}: cannot read the metadata table (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const tab = isTabSeparated(file, content);
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // With `info`, each row comes with the line it ends on, for error messages.
    rows = parse(content, { delimiter: tab ? '\t' : ',', quote: tab ? false : '"', bom: true, skip_empty_lines: true, trim: true, info: true }) as unknown as typeof rows;
  } catch (error) {
    if (error instanceof CsvError) throw new MetadataTableError(`${file}:${csvErrorLine(error)}: ${firstSentence(error.message)}`);
    throw error;
  }
  const header = rows[0]?.record;
  if (!header) throw new MetadataTableError(`${file}:1: the table is empty; its first line must name the columns`);
  const columns = locateColumns(header.map((name) => name.toLowerCase()));
  if (columns.file === undefined) {
    throw new MetadataTableError(`${file}:1: no file-name column (one of ${COLUMNS.file.join(', ')}) in the header`);
  }

  const table: MetadataTable = new Map();
  const firstLineOf = new Map<string, number>();
  for (const { record, info } of rows.slice(1)) {
    const line = info.lines;
    const cell = (column: number | undefined): string | null => {
      const value = column === undefined ? undefined : record[column];
      return value === undefined || MISSING.has(value.toLowerCase()) ? null : value;
    };
    const name = cell(columns.file);
    if (!name) throw new MetadataTableError(`${file}:${line}: the file-name column is empty`);
    const date = cell(columns.publishedAt);
    const publishedAt = date === null ? null : new Date(date);
    if (publishedAt && Number.isNaN(publishedAt.getTime())) {
      throw new MetadataTableError(`${file}:${line}: ${header[columns.publishedAt as number]} is not a date: ${date}`);
    }
    const url = cell(columns.url);
    if (url !== null && !URL.canParse(url)) throw new MetadataTableError(`${file}:${line}: ${header[columns.url as number]} is not a URL: ${url}`);
    const metadata: ArticleMetadata = {
      title: cell(columns.title),
      publishedAt,
      outlet: cell(columns.outlet),
      author: byline(cell(columns.author)),
      url,
    };
    for (const key of keysOf(name)) {
      const earlier = firstLineOf.get(key);
      if (earlier !== undefined) throw new MetadataTableError(`${file}:${line}: ${name} is listed twice (first on line ${earlier})`);
      firstLineOf.set(key, line);
      table.set(key, metadata);
    }
  }
  return table;
}

/**
 * A byline without the "By" scraped with it ("By JAMES B. STEWART", "byYlan Q. Mui" in PolNeAR),
 * so that the author is a name. "Byron" and "BYRON" keep their letters: only "by" followed by a
 * space, or a lowercase "by" run into a capital, is the word.
 */
export function byline(author: string | null): string | null {
  if (author === null) return null;
  const name = author.replace(/^(?:by|By|BY)\s+|^by(?=\p{Lu})/u, '').trim();
  return name || null;
}

/** The table's row for an article file: by its base name, else by its base name without extension. */
export function metadataFor(table: MetadataTable, file: string): ArticleMetadata | undefined {
  const base = path.basename(file);
  return table.get(base) ?? table.get(path.basename(base, path.extname(base)));
}

function isTabSeparated(file: string, content: string): boolean {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.tsv' || extension === '.tab') return true;
  if (extension === '.csv') return false;
  return (content.split('\n', 1)[0] ?? '').includes('\t');
}

type ColumnIndexes = { -readonly [K in keyof typeof COLUMNS]?: number };

function locateColumns(header: string[]): ColumnIndexes {
  const found: ColumnIndexes = {};
  for (const field of Object.keys(COLUMNS) as Array<keyof typeof COLUMNS>) {
    for (const name of COLUMNS[field]) {
      const index = header.indexOf(name);
      if (index >= 0) {
        found[field] = index;
        break;
      }
    }
  }
  return found;
}

/** A name as written, and without an article extension, so `x` and `x.txt` both find the row. */
function keysOf(name: string): string[] {
  const extension = path.extname(name);
  return ARTICLE_EXTENSIONS.has(extension.toLowerCase()) ? [name, name.slice(0, -extension.length)] : [name];
}

function csvErrorLine(error: CsvError): number {
  const lines = (error as CsvError & { lines?: number }).lines;
  return typeof lines === 'number' ? lines : 1;
}

/** csv-parse's messages run on over several sentences with option hints; the first says what is wrong. */
function firstSentence(message: string): string {
  return (message.split(/(?<=\.)\s/)[0] ?? message).replace(/\.$/, '');
}
