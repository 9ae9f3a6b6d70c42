import type { Row } from '../db/graph';

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
