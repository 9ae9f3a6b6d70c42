import type { Graph } from '../db/graph';
import type { ActorRecord } from '../model/actor.record';
import type { ArticleRecord } from '../model/article.record';
import type { PageWindow } from '../model/page-window';
import type { StatementRecord } from '../model/statement.record';
import { groupRows, type Slice } from './group-rows';

export interface ArticleFilter {
  outlet: string | null;
  search: string | null;
  language: string | null;
  from: string | null;
  to: string | null;
}

export const articleRepository = {
  async findByIds(graph: Graph, ids: readonly string[]): Promise<Map<string, ArticleRecord>> {
    const rows = await graph.read('articles/find-articles-by-ids', { ids });
    return new Map(rows.map((row) => [row.id as string, row.article as ArticleRecord]));
  },

  async listIds(graph: Graph, filter: ArticleFilter, window: PageWindow): Promise<Slice<string>> {
    const [row] = await graph.read('articles/list-articles', { ...filter, ...window });
    return { totalCount: row?.totalCount as number, items: row?.ids as string[] };
  },

  async findOutlets(graph: Graph, ids: readonly string[]): Promise<Map<string, ActorRecord[]>> {
    return groupRows(await graph.read('articles/find-outlets', { ids }), (row) => row.actor as ActorRecord);
  },

  async listStatements(graph: Graph, ids: readonly string[], window: PageWindow): Promise<Map<string, Slice<StatementRecord>>> {
    const rows = await graph.read('articles/list-statements-by-articles', { ids, ...window });
    return new Map(rows.map((row) => [row.id as string, { totalCount: row.totalCount as number, items: row.items as StatementRecord[] }]));
  },
};
