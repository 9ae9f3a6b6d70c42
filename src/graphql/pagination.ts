import { LIMITS } from '../limits';
import { badInput } from '../errors/app-error';
import type { KeysetWindow, PageWindow } from '../model/page-window';

/**
 * Cursors are opaque to clients: base64url of a version tag and a position in a stable order
 * (every list query sorts by a unique key last). `cg1:` cursors are positions (offsets) in a
 * parent's nested list; `cg2:` cursors carry the sort key of the last row of a top-level list
 * and the list they came from, so a cursor of one list is refused by another.
 */
const CURSOR_PREFIX = 'cg1:';
const KEYSET_PREFIX = 'cg2:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) throw badInput(field, 'is not a cursor this API issued');
  return offset;
}

function checkFirst(first: number | undefined | null): number {
  const limit = first ?? LIMITS.DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > LIMITS.MAX_PAGE_SIZE) {
    throw badInput('first', `must be between 0 and ${LIMITS.MAX_PAGE_SIZE}`);
  }
  return limit;
}

/** Turns `first`/`after` into a database window, enforcing the page-size cap. */
export function pageWindow(first: number | undefined | null, after: string | undefined | null): PageWindow {
  const limit = checkFirst(first);
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

/** A sort key's fields in cursor order, each a string, a whole number or any finite number (a score). */
export type KeyShape<K> = ReadonlyArray<readonly [keyof K & string, 'string' | 'integer' | 'number']>;

export function encodeKeysetCursor<K>(list: string, shape: KeyShape<K>, key: K): string {
  const values = shape.map(([name]) => key[name as keyof K]);
  return Buffer.from(`${KEYSET_PREFIX}${JSON.stringify([list, ...values])}`, 'utf8').toString('base64url');
}

/**
 * The sort key a cursor carries. An offset cursor from before keyset paging, a cursor of another
 * list or anything else is refused naming `after`: the client starts again from the first page.
 */
export function decodeKeysetCursor<K>(list: string, shape: KeyShape<K>, cursor: string, field = 'after'): K {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (decoded.startsWith(CURSOR_PREFIX)) throw badInput(field, 'is a cursor of an older version of this API; start again without it');
  let parsed: unknown;
  try {
    parsed = decoded.startsWith(KEYSET_PREFIX) ? JSON.parse(decoded.slice(KEYSET_PREFIX.length)) : null;
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length + 1) throw badInput(field, 'is not a cursor this API issued');
  if (parsed[0] !== list) throw badInput(field, 'is a cursor of another list or search; start again without it');
  const key: Record<string, unknown> = {};
  shape.forEach(([name, type], i) => {
    const value: unknown = parsed[i + 1];
    const fits =
      type === 'string' ? typeof value === 'string' : type === 'integer' ? Number.isSafeInteger(value) : typeof value === 'number' && Number.isFinite(value);
    if (!fits) throw badInput(field, 'is not a cursor this API issued');
    key[name] = value;
  });
  return key as K;
}

/** Turns `first`/`after` into a keyset window for one list. */
export function keysetWindow<K>(list: string, shape: KeyShape<K>, first: number | undefined | null, after: string | undefined | null): KeysetWindow<K> {
  const limit = checkFirst(first);
  return { limit, after: after ? decodeKeysetCursor(list, shape, after) : null };
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Builds a Relay connection from one window of a stably ordered list and the list's total size. */
export function toPage<T>(items: T[], totalCount: number, window: PageWindow): Page<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.offset + items.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/**
 * Builds a Relay connection from a keyset page. The repository reads one row more than the page
 * holds, so `hasNextPage` needs no count; `totalCount` is whatever the resolver computed (only
 * when the client selected it).
 *
 * Cursors are encoded when they are read, not before: a keyset cursor is its row's sort key as
 * JSON in base64url, and a page whose client asks for no cursor (most views: they page with
 * `pageInfo.endCursor` alone, or not at all) would otherwise encode one per row on every request.
 * graphql-js's default resolver reads `cursor`, `startCursor` and `endCursor` as properties, so a
 * getter answers them.
 */
export function toKeysetPage<T, K, N = T>(
  rows: T[],
  window: KeysetWindow<K>,
  cursorOf: (row: T) => string,
  totalCount: number,
  nodeOf: (row: T) => N = (row) => row as unknown as N,
): Page<N> {
  const page = rows.length > window.limit ? rows.slice(0, window.limit) : rows;
  const edges = page.map((row) => new LazyEdge(row, nodeOf(row), cursorOf));
  return {
    edges,
    pageInfo: new LazyPageInfo(page, cursorOf, rows.length > window.limit, window.after !== null),
    totalCount,
  };
}

/** An edge whose cursor is encoded when read. */
class LazyEdge<T, N> {
  constructor(
    private readonly row: T,
    readonly node: N,
    private readonly cursorOf: (row: T) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.row);
  }
}

/** A page's `pageInfo` whose start and end cursors are encoded when read. */
class LazyPageInfo<T> {
  constructor(
    private readonly page: readonly T[],
    private readonly cursorOf: (row: T) => string,
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    const first = this.page[0];
    return first === undefined ? null : this.cursorOf(first);
  }

  get endCursor(): string | null {
    const last = this.page[this.page.length - 1];
    return last === undefined ? null : this.cursorOf(last);
  }
}
