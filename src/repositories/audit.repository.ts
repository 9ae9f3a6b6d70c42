import { randomUUID } from 'node:crypto';
import type { Graph, GraphTx } from '../db/graph';
import type { AuditEventRecord } from '../model/audit-event.record';
import type { Actor } from '../model/principal';

/** Who changed what and when; written in the same transaction as the change itself. */
export const auditRepository = {
  async record(
    tx: GraphTx,
    principal: Actor | null,
    action: string,
    targetId: string | null,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await tx.run('audit/record-event', {
      id: randomUUID(),
      action,
      at: new Date().toISOString(),
      keyId: principal?.keyId ?? null,
      keyName: principal?.name ?? null,
      role: principal?.role ?? null,
      targetId,
      details: JSON.stringify(details),
    });
  },

  async list(
    graph: Graph,
    filter: { action: string | null; keyName: string | null; targetId: string | null },
    window: { offset: number; limit: number },
  ): Promise<{ totalCount: number; items: AuditEventRecord[] }> {
    const [row] = await graph.read('audit/list-events', { ...filter, ...window });
    return { totalCount: (row?.totalCount as number) ?? 0, items: (row?.items as AuditEventRecord[]) ?? [] };
  },
};
