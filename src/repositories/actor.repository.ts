import type { Graph, Row } from '../db/graph';
import type { ActorRecord } from '../model/actor.record';
import type { ActorSortKey, KeysetWindow, StatementSortKey } from '../model/page-window';
import type { StatementRecord } from '../model/statement.record';
import { statementSortKey } from '../model/statement-sort-key';
import { groupRows, statementSlices, type Slice } from './group-rows';

export interface ActorListFilter {
  search: string | null;
  terms: string | null;
  type: string | null;
  orderBy: 'NAME' | 'STATEMENTS';
}

export const actorRepository = {
  async findByIds(graph: Graph, ids: readonly string[]): Promise<Map<string, ActorRecord>> {
    const rows = await graph.read('actors/find-actors-by-ids', { ids });
    return new Map(rows.map((row) => [row.id as string, row.actor as ActorRecord]));
  },

  /**
   * Actors after the cursor, one row more than the page when a next page exists. With a search,
   * `terms` is the Lucene query that finds the candidates and `search` the lower-cased text every
   * name or alias is tested against.
   */
  async list(graph: Graph, filter: ActorListFilter, window: KeysetWindow<ActorSortKey>): Promise<Array<{ actor: ActorRecord; key: ActorSortKey }>> {
    const after = { afterMade: window.after?.made ?? null, afterRank: window.after?.rank ?? null, afterName: window.after?.name ?? null, afterId: window.after?.id ?? null };
    const limit = window.limit + 1;
    // A search sorts what it selects; without one the list comes from an index on its sort key.
    if (filter.search !== null) return (await graph.read('actors/list/search', { ...filter, ...after, limit })).map(actorRow);
    if (filter.orderBy === 'STATEMENTS') return listMostQuoted(graph, filter.type, after, limit);
    const byName = filter.type === null ? 'actors/list/by-name' : 'actors/list/by-type-and-name';
    return (await graph.read(byName, { type: filter.type, ...after, limit })).map(actorRow);
  },

  async count(graph: Graph, filter: ActorListFilter): Promise<number> {
    const name = filter.search !== null ? 'actors/count/search' : filter.type !== null ? 'actors/count/by-type' : 'actors/count/all';
    const [row] = await graph.read(name, filter);
    return Number(row?.totalCount ?? 0);
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

  /** A page of each speaker's statements after the window's cursor, one row more when a next page exists. */
  async listStatements(graph: Graph, ids: readonly string[], window: KeysetWindow<StatementSortKey>): Promise<Map<string, Slice<StatementRecord>>> {
    const keyAfter = window.after ? statementSortKey(window.after) : '';
    return statementSlices(await graph.read('actors/list-statements-by-speakers', { ids, keyAfter, limit: window.limit + 1 }));
  },

  async existing(graph: Graph, ids: readonly string[]): Promise<Set<string>> {
    const rows = await graph.read('actors/count-existing', { ids });
    return new Set(rows.filter((row) => row.exists).map((row) => row.id as string));
  },
};

type ActorCursor = { afterMade: number | null; afterRank: number | null; afterName: string | null; afterId: string | null };

/**
 * Every actor (of `type`, if not null), most-quoted first, from the cursor on: the speakers from
 * the index on their totals, then, once they run out within the page, those who made no
 * statement by name. A graph of a million statements has tens of thousands of actors, and sorting
 * them all took a quarter second.
 */
async function listMostQuoted(graph: Graph, type: string | null, after: ActorCursor, limit: number): Promise<Array<{ actor: ActorRecord; key: ActorSortKey }>> {
  const pastSpeakers = after.afterMade === 0;
  const mostQuoted = type === null ? 'actors/list/most-quoted' : 'actors/list/most-quoted-of-type';
  const speakers = pastSpeakers ? [] : (await graph.read(mostQuoted, { type, ...after, limit })).map(actorRow);
  if (speakers.length === limit) return speakers;
  const unquoted = await graph.read('actors/list/unquoted', {
    type,
    afterName: pastSpeakers ? after.afterName : null,
    afterId: pastSpeakers ? after.afterId : null,
    limit: limit - speakers.length,
  });
  return [...speakers, ...unquoted.map(actorRow)];
}

function actorRow(row: Row): { actor: ActorRecord; key: ActorSortKey } {
  const actor = row.actor as ActorRecord;
  return { actor, key: { made: row.made as number, rank: row.rank as number, name: row.name as string, id: actor.id } };
}
