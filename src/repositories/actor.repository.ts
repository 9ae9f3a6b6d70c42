import type { Graph } from '../db/graph';
import type { ActorRecord } from '../model/actor.record';
import type { PageWindow } from '../model/page-window';
import type { StatementRecord } from '../model/statement.record';
import { groupRows, type Slice } from './group-rows';

export const actorRepository = {
  async findByIds(graph: Graph, ids: readonly string[]): Promise<Map<string, ActorRecord>> {
    const rows = await graph.read('actors/find-actors-by-ids', { ids });
    return new Map(rows.map((row) => [row.id as string, row.actor as ActorRecord]));
  },

  async listIds(
    graph: Graph,
    filter: { search: string | null; type: string | null; orderBy: 'NAME' | 'STATEMENTS' },
    window: PageWindow,
  ): Promise<Slice<string>> {
    const [row] = await graph.read('actors/list-actors', { ...filter, ...window });
    return { totalCount: row?.totalCount as number, items: row?.ids as string[] };
  },

  async findRoles(graph: Graph, ids: readonly string[]): Promise<Map<string, Array<{ title: string; of: ActorRecord }>>> {
    return groupRows(await graph.read('actors/find-roles', { ids }), (row) => ({ title: row.title as string, of: row.actor as ActorRecord }));
  },

  async findParents(graph: Graph, ids: readonly string[]): Promise<Map<string, ActorRecord[]>> {
    return groupRows(await graph.read('actors/find-parent-organizations', { ids }), (row) => row.actor as ActorRecord);
  },

  async findMembers(graph: Graph, ids: readonly string[]): Promise<Map<string, ActorRecord[]>> {
    return groupRows(await graph.read('actors/find-member-organizations', { ids }), (row) => row.actor as ActorRecord);
  },

  async listStatements(graph: Graph, ids: readonly string[], window: PageWindow): Promise<Map<string, Slice<StatementRecord>>> {
    const rows = await graph.read('actors/list-statements-by-speakers', { ids, ...window });
    return new Map(rows.map((row) => [row.id as string, { totalCount: row.totalCount as number, items: row.items as StatementRecord[] }]));
  },

  async existing(graph: Graph, ids: readonly string[]): Promise<Set<string>> {
    const rows = await graph.read('actors/count-existing', { ids });
    return new Set(rows.filter((row) => row.exists).map((row) => row.id as string));
  },
};
