import type { Graph } from '../db/graph';
import type { ActorRecord } from '../model/actor.record';
import type { ClaimRecord, ClaimRelationRecord } from '../model/claim.record';
import type { ClaimSortKey, KeysetWindow, ScoreSortKey, StatementSortKey } from '../model/page-window';
import type { RebuttalRecord } from '../model/rebuttal.record';
import type { StatementRecord } from '../model/statement.record';
import { groupRows, statementPageParams, statementSlices, type Slice } from './group-rows';

export interface RelationWithOther extends ClaimRelationRecord {
  other: ClaimRecord;
}

export const claimRepository = {
  async findByIds(graph: Graph, ids: readonly string[]): Promise<Map<string, ClaimRecord>> {
    const rows = await graph.read('claims/find-claims-by-ids', { ids });
    return new Map(rows.map((row) => [row.id as string, row.claim as ClaimRecord]));
  },

  /** Claims newest first after the cursor, one row more than the page when a next page exists. */
  async listNewest(graph: Graph, window: KeysetWindow<ClaimSortKey>): Promise<ClaimRecord[]> {
    const rows = await graph.read('claims/list/newest', {
      atMax: window.after?.firstSeenAt ?? '\uffff',
      afterAt: window.after?.firstSeenAt ?? null,
      afterId: window.after?.id ?? null,
      limit: window.limit + 1,
    });
    return rows.map((row) => row.claim as ClaimRecord);
  },

  /** Full-text hits best first after the cursor, one row more than the page when a next page exists. */
  async search(graph: Graph, search: string, window: KeysetWindow<ScoreSortKey>): Promise<Array<{ claim: ClaimRecord; score: number }>> {
    const rows = await graph.read('claims/list/search', {
      search,
      afterScore: window.after?.score ?? null,
      afterId: window.after?.id ?? null,
      limit: window.limit + 1,
    });
    return rows.map((row) => ({ claim: row.claim as ClaimRecord, score: row.score as number }));
  },

  async count(graph: Graph, search: string | null): Promise<number> {
    const [row] = search ? await graph.read('claims/count/search', { search }) : await graph.read('claims/count/all');
    return Number(row?.totalCount ?? 0);
  },

  /** A page of each parent's statements after the window's cursor, one row more when a next page exists. */
  async listStatements(graph: Graph, ids: readonly string[], window: KeysetWindow<StatementSortKey>): Promise<Map<string, Slice<StatementRecord>>> {
    return statementSlices(await graph.read('claims/list-statements-by-claims', { ids, ...statementPageParams(window) }));
  },

  async findSpeakers(graph: Graph, ids: readonly string[]): Promise<Map<string, ActorRecord[]>> {
    return groupRows(await graph.read('claims/find-speakers', { ids }), (row) => row.actor as ActorRecord);
  },

  async findRelations(graph: Graph, ids: readonly string[]): Promise<Map<string, RelationWithOther[]>> {
    return groupRows(await graph.read('claims/find-relations', { ids }), (row) => ({
      fromId: row.fromId as string,
      toId: row.toId as string,
      relation: row.relation as RelationWithOther['relation'],
      confidence: row.confidence as number,
      by: row.by as string,
      createdAt: row.createdAt as string,
      other: row.other as ClaimRecord,
    }));
  },

  async findSimilar(graph: Graph, ids: readonly string[]): Promise<Map<string, Array<{ score: number; claim: ClaimRecord }>>> {
    return groupRows(await graph.read('claims/find-similar', { ids }), (row) => ({ score: row.score as number, claim: row.claim as ClaimRecord }));
  },

  async findRebuttals(graph: Graph, ids: readonly string[]): Promise<Map<string, RebuttalRecord[]>> {
    return groupRows(await graph.read('claims/find-rebuttals', { ids }), (row) => row.rebuttal as RebuttalRecord);
  },

  async findAppearances(graph: Graph, ids: readonly string[]): Promise<Map<string, Array<{ articleId: string; day: string }>>> {
    const rows = await graph.read('claims/find-appearances', { ids });
    return new Map(rows.map((row) => [row.id as string, row.articles as Array<{ articleId: string; day: string }>]));
  },

  async findTopics(graph: Graph, ids: readonly string[]): Promise<Map<string, Array<{ id: string; name: string }>>> {
    return groupRows(await graph.read('claims/find-topics', { ids }), (row) => row.topic as { id: string; name: string });
  },

  async existing(graph: Graph, ids: readonly string[]): Promise<Set<string>> {
    const rows = await graph.read('claims/count-existing', { ids });
    return new Set(rows.filter((row) => row.exists).map((row) => row.id as string));
  },
};
