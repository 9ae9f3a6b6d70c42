import type { Graph } from '../db/graph';
import type { ActorRecord } from '../model/actor.record';
import type { ArticleRecord } from '../model/article.record';
import type { ArticleSortKey, KeysetWindow, StatementSortKey } from '../model/page-window';
import type { StatementRecord } from '../model/statement.record';
import { groupRows, statementPageParams, statementSlices, type Slice } from './group-rows';
import { articleKeysWithText, projectionFor, rowsToRead, toRecord, toRecords, withArticleId } from './projection';
import type { SelectedFields } from '../model/selected-fields';

/** Bounds that admit every ISO time when the client gave none. */
function timeBounds(filter: ArticleFilter) {
  return { atFrom: filter.from ?? '', atTo: filter.to ?? '\uffff' };
}

export interface ArticleFilter {
  outlet: string | null;
  search: string | null;
  language: string | null;
  from: string | null;
  to: string | null;
}

/** An article with what `findWithContext` was asked to read along. */
export interface ArticleWithContext {
  article: ArticleRecord;
  /** Null when not asked for. */
  outlets: ActorRecord[] | null;
  /** Null when not asked for. */
  statements: Slice<StatementRecord> | null;
}

export const articleRepository = {
  async findByIds(graph: Graph, ids: readonly string[]): Promise<Map<string, ArticleRecord>> {
    const rows = await graph.read('articles/find-articles-by-ids', { ids });
    return new Map(rows.map((row) => [row.id as string, row.article as ArticleRecord]));
  },

  /**
   * One article with its outlet (`withOutlet`) and one page of its statements (`statements`), in
   * one round trip; null when there is no such article.
   */
  async findWithContext(
    graph: Graph,
    id: string,
    withOutlet: boolean,
    statements: KeysetWindow<StatementSortKey> | null,
    /** The request's field names: each record holds only the properties among them (and its keys). */
    selected?: SelectedFields,
  ): Promise<ArticleWithContext | null> {
    const projection = projectionFor(selected);
    const articleKeys = articleKeysWithText(projection, selected);
    const [row] = await graph.read('articles/find-article-with-context', {
      id,
      withOutlet,
      withStatements: statements !== null,
      // The article's degree, only when the request counts its statements.
      withCount: statements !== null && (!selected || selected.has('totalCount')),
      ...statementPageParams(statements ?? { after: null, limit: 0 }),
      limit: rowsToRead(statements?.limit ?? 0, selected),
      articleKeys,
      actorKeys: projection.actor,
      statementKeys: projection.statement,
    });
    if (!row) return null;
    return {
      article: toRecord<ArticleRecord>(articleKeys, row.article),
      outlets: withOutlet ? toRecords<ActorRecord>(projection.actor, row.outlets) : null,
      statements: statements
        ? { totalCount: row.totalCount as number, items: toRecords<StatementRecord>(projection.statement, row.statements).map((statement) => withArticleId(statement, id)) }
        : null,
    };
  },

  /** Articles newest first after the cursor, one row more than the page when a next page exists. */
  async list(graph: Graph, filter: ArticleFilter, window: KeysetWindow<ArticleSortKey>): Promise<Array<{ article: ArticleRecord; at: string }>> {
    const rows = await graph.read(filter.outlet === null ? 'articles/list/newest' : 'articles/list/by-outlet', {
      ...filter,
      ...timeBounds(filter),
      atMax: window.after?.at ?? '\uffff',
      afterAt: window.after?.at ?? null,
      afterId: window.after?.id ?? null,
      limit: window.limit + 1,
    });
    return rows.map((row) => ({ article: row.article as ArticleRecord, at: row.at as string }));
  },

  async count(graph: Graph, filter: ArticleFilter): Promise<number> {
    const unfiltered = Object.values(filter).every((value) => value === null);
    const name = unfiltered ? 'articles/count/all' : filter.outlet === null ? 'articles/count/newest' : 'articles/count/by-outlet';
    const [row] = await graph.read(name, { ...filter, ...timeBounds(filter) });
    return Number(row?.totalCount ?? 0);
  },

  async findTexts(graph: Graph, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await graph.read('articles/find-texts-by-ids', { ids });
    return new Map(rows.map((row) => [row.id as string, row.text as string]));
  },

  async findOutlets(graph: Graph, ids: readonly string[]): Promise<Map<string, ActorRecord[]>> {
    return groupRows(await graph.read('articles/find-outlets', { ids }), (row) => row.actor as ActorRecord);
  },

  /** A page of each parent's statements after the window's cursor, one row more when a next page exists. */
  async listStatements(graph: Graph, ids: readonly string[], window: KeysetWindow<StatementSortKey>): Promise<Map<string, Slice<StatementRecord>>> {
    return statementSlices(await graph.read('articles/list-statements-by-articles', { ids, ...statementPageParams(window) }));
  },
};
