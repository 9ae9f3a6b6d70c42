import type { Graph } from '../db/graph';
import type { ActorRecord } from '../model/actor.record';
import type { ClaimRecord } from '../model/claim.record';
import type { StatementKind } from '../model/enums';
import type { PageWindow } from '../model/page-window';
import type { StatementRecord } from '../model/statement.record';
import { groupRows, type Slice } from './group-rows';

export interface StatementFilterParams {
  speaker: string | null;
  speakerId: string | null;
  outlet: string | null;
  articleId: string | null;
  claimId: string | null;
  text: string | null;
  kind: StatementKind | null;
  from: string | null;
  to: string | null;
}

export interface AttributionHit {
  statement: StatementRecord;
  articleId: string;
  speakerId: string;
  score: number;
}

export const statementRepository = {
  async findByIds(graph: Graph, ids: readonly string[]): Promise<Map<string, StatementRecord>> {
    const rows = await graph.read('statements/find-statements-by-ids', { ids });
    return new Map(rows.map((row) => [row.id as string, row.statement as StatementRecord]));
  },

  async list(graph: Graph, filter: StatementFilterParams, window: PageWindow): Promise<Slice<StatementRecord>> {
    const [row] = await graph.read('statements/list-statements', { ...filter, ...window });
    return { totalCount: row?.totalCount as number, items: row?.items as StatementRecord[] };
  },

  async findSpeakers(graph: Graph, ids: readonly string[]): Promise<Map<string, ActorRecord[]>> {
    return groupRows(await graph.read('statements/find-speakers', { ids }), (row) => row.actor as ActorRecord);
  },

  async findChains(graph: Graph, ids: readonly string[]): Promise<Map<string, ActorRecord[]>> {
    const rows = await graph.read('statements/find-chains', { ids });
    return new Map(rows.map((row) => [row.id as string, row.actors as ActorRecord[]]));
  },

  async findClaims(graph: Graph, ids: readonly string[]): Promise<Map<string, ClaimRecord[]>> {
    return groupRows(await graph.read('statements/find-claims', { ids }), (row) => row.claim as ClaimRecord);
  },

  async findReported(graph: Graph, ids: readonly string[]): Promise<Map<string, StatementRecord[]>> {
    return groupRows(await graph.read('statements/find-reported', { ids }), (row) => row.statement as StatementRecord);
  },

  async findReporting(graph: Graph, ids: readonly string[]): Promise<Map<string, StatementRecord[]>> {
    return groupRows(await graph.read('statements/find-reporting', { ids }), (row) => row.statement as StatementRecord);
  },

  async searchAttributions(graph: Graph, query: string, limit: number): Promise<AttributionHit[]> {
    const rows = await graph.read('statements/search-attributions', { query, limit });
    return rows.map((row) => ({
      statement: row.statement as StatementRecord,
      articleId: row.articleId as string,
      speakerId: row.speakerId as string,
      score: row.score as number,
    }));
  },
};
