import type { GraphTx } from '../db/graph';

/** How much each counter key changes (keys as in migration 0007: `all:<kind>`, `speaker:<id>:<kind>`, …). */
export type CountDeltas = Map<string, number>;

/** after − before, key by key, without the keys that did not change. */
export function countChanges(before: CountDeltas, after: CountDeltas): CountDeltas {
  const changes = new Map<string, number>();
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const delta = (after.get(key) ?? 0) - (before.get(key) ?? 0);
    if (delta !== 0) changes.set(key, delta);
  }
  return changes;
}

/**
 * The counts kept on write, so that a filtered totalCount reads one counter instead of counting
 * a hot speaker's or an outlet's statements. Every write that changes who made, published or
 * relayed statements, or their kind, reads the keys of the statements it touches before and
 * after, and adds the difference in its own transaction; ingest, whose statements are new, adds
 * the keys its plans give (`plannedCountKeys`).
 */
export const statementCountRepository = {
  /** The counter keys the statements count under, each with how many of them count there. */
  async keysOf(tx: GraphTx, statementIds: readonly string[]): Promise<CountDeltas> {
    if (statementIds.length === 0) return new Map();
    const rows = await tx.run('counts/keys-of-statements', { ids: statementIds });
    return new Map(rows.map((row) => [row.key as string, Number(row.n)]));
  },

  /** Adds the deltas to their counters, in key order (see the Cypher file for why). */
  async add(tx: GraphTx, deltas: CountDeltas): Promise<void> {
    const rows = [...deltas.entries()]
      .filter(([, delta]) => delta !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, delta]) => ({ key, delta }));
    if (rows.length) await tx.run('counts/add-to-statement-counts', { deltas: rows });
  },
};
