import type { Row } from '../db/graph';
import type { KeysetWindow, StatementSortKey } from '../model/page-window';
import type { StatementRecord } from '../model/statement.record';

/** Groups batch-query rows by their `id` column, keeping row order, for DataLoader results. */
export function groupRows<T>(rows: Row[], pick: (row: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const id = row.id as string;
    const list = groups.get(id);
    if (list) list.push(pick(row));
    else groups.set(id, [pick(row)]);
  }
  return groups;
}

/** A window of a list query: the items on the page and the size of the whole list. */
export interface Slice<T> {
  totalCount: number;
  items: T[];
}

/**
 * The parameters of a page of a parent's statements (`list-statements-by-*`): the sort key the
 * page continues after (all null for the first page), and one row more than the page holds, so
 * that `hasNextPage` needs no count.
 */
export function statementPageParams(window: KeysetWindow<StatementSortKey>) {
  return {
    afterAt: window.after?.at ?? null,
    afterArticleId: window.after?.articleId ?? null,
    afterStart: window.after?.start ?? null,
    afterId: window.after?.id ?? null,
    limit: window.limit + 1,
  };
}

/** The `id, totalCount, items` rows of a `list-statements-by-*` query, by parent id. */
export function statementSlices(rows: Row[]): Map<string, Slice<StatementRecord>> {
  return new Map(rows.map((row) => [row.id as string, { totalCount: row.totalCount as number, items: row.items as StatementRecord[] }]));
}
