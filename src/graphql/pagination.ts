import { LIMITS } from '../limits';
import { badInput } from '../errors/app-error';
import type { PageWindow } from '../model/page-window';

/**
 * Cursors are opaque to clients: base64url of a version tag and the position in a stable
 * order (every list query sorts by a unique key last). The tag lets us change the encoding
 * later and reject cursors from an older scheme with a clear message.
 */
const CURSOR_PREFIX = 'cg1:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) throw badInput(field, 'is not a cursor this API issued');
  return offset;
}

/** Turns `first`/`after` into a database window, enforcing the page-size cap. */
export function pageWindow(first: number | undefined | null, after: string | undefined | null): PageWindow {
  const limit = first ?? LIMITS.DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > LIMITS.MAX_PAGE_SIZE) {
    throw badInput('first', `must be between 0 and ${LIMITS.MAX_PAGE_SIZE}`);
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
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
