import type { KeysetWindow, StatementSortKey } from '../model/page-window';
import type { StatementRecord } from '../model/statement.record';
import type { Slice } from '../repositories/group-rows';
import { encodeKeysetCursor, keysetWindow, toKeysetPage, type KeyShape, type Page } from './pagination';

/** A statement's sort key in cursor order: every statements list sorts on these fields. */
export const STATEMENT_KEY: KeyShape<StatementSortKey> = [
  ['at', 'string'],
  ['articleId', 'string'],
  ['start', 'integer'],
  ['id', 'string'],
];

/**
 * The lists of a parent's statements. Each has its own cursors (a cursor of an article's
 * statements is refused by a claim's), and, like the top-level lists, keyset ones: a page
 * continues after the last row's sort key, so a statement added meanwhile (a backdated article
 * asserting the claim, a correction) neither repeats nor skips a row of the next page.
 */
export type NestedStatementList = 'article.statements' | 'claim.statements' | 'actor.statements';

/** Turns a nested statements field's `first`/`after` into its window. */
export function nestedStatementWindow(list: NestedStatementList, first: number | null | undefined, after: string | null | undefined): KeysetWindow<StatementSortKey> {
  return keysetWindow(list, STATEMENT_KEY, first, after);
}

/** The Relay page of a parent's statements, from the slice its loader read (one row more than the page). */
export function nestedStatementPage(list: NestedStatementList, slice: Slice<StatementRecord>, window: KeysetWindow<StatementSortKey>): Page<StatementRecord> {
  return toKeysetPage(slice.items, window, (statement) => encodeKeysetCursor(list, STATEMENT_KEY, statement), slice.totalCount);
}
