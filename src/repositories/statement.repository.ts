import type { Graph } from '../db/graph';
import type { ActorRecord } from '../model/actor.record';
import type { ClaimRecord } from '../model/claim.record';
import type { RelationWithOther } from './claim.repository';
import type { ClaimRelationType, StatementKind } from '../model/enums';
import type { ArticleRecord } from '../model/article.record';
import type { KeysetWindow, StatementSortKey } from '../model/page-window';
import type { StatementRecord } from '../model/statement.record';
import { statementSortKeyBounds } from '../model/statement-sort-key';
import { groupRows } from './group-rows';
import { projectionFor, projectionParams, rowsToRead, toRecord, toRecords, withArticleId } from './projection';
import type { SelectedFields } from '../model/selected-fields';
import { statementCountQuery, statementShape, type StatementFilterParams, type StatementShape } from './statement-list-shapes';

export type { StatementFilterParams };

/**
 * What a statement row brings along when the request selects it, read in the same query; each
 * part is null when it was not read.
 */
export interface StatementContext {
  speakers: ActorRecord[] | null;
  via: ActorRecord[] | null;
  /** Null when not read, or when read and the statement has no article. */
  article: ArticleRecord | null;
  /** The article's outlets; null when not read. */
  outlets: ActorRecord[] | null;
}

/** A claim a listed statement asserts, with its COUNTERS/SUPPORTS edges when they were read along. */
export interface ListedClaim {
  claim: ClaimRecord;
  relations: RelationWithOther[] | null;
}

/**
 * Which neighbours of each row the list query reads in its own round trip: what the request
 * selects, so a page costs one query whatever it nests (of these), and nothing it does not select.
 */
export interface StatementIncludes {
  speaker: boolean;
  via: boolean;
  article: boolean;
  /** the article's outlet (only with `article`) */
  outlet: boolean;
  claims: boolean;
  /** the claims' COUNTERS/SUPPORTS edges (only with `claims`) */
  relations: boolean;
  /** Which of those edges; all of them when not given. */
  relationSides?: RelationSides;
}

/**
 * The sides of a claim's COUNTERS/SUPPORTS edges a request reads: a page asking for each claim's
 * `counteredBy` reads the COUNTERS edges coming in and no other, as a hand-written query would.
 */
export interface RelationSides {
  counters: boolean;
  counteredBy: boolean;
  supports: boolean;
  supportedBy: boolean;
}

const ALL_SIDES: RelationSides = { counters: true, counteredBy: true, supports: true, supportedBy: true };

/** An edge as the list query returns it: [type, whether it leaves the claim, confidence, by, createdAt, the other claim's values]. */
type EdgeRow = [ClaimRelationType, boolean, number, string, string, unknown];

export interface ListedStatement {
  statement: StatementRecord;
  context: StatementContext | null;
  claims: ListedClaim[] | null;
}


/** Bounds that admit every ISO time: the time index is always seeked, never skipped. */
const EARLIEST = '';
const LATEST = '\uffff';

export interface AttributionHit {
  statement: StatementRecord;
  speaker: ActorRecord;
  article: ArticleRecord;
  via: ActorRecord[];
  score: number;
}

function timeBounds(filter: StatementFilterParams, after: StatementSortKey | null) {
  return { atFrom: filter.from ?? EARLIEST, atTo: filter.to ?? LATEST, atMax: after?.at ?? LATEST };
}

/**
 * Where a page starts and what times it spans: a speaker's shapes seek the MADE sort-key index
 * between two keys; the others bound the time index and compare the cursor's sort key row by row.
 */
function cursorParams(shape: StatementShape, filter: StatementFilterParams, after: StatementSortKey | null) {
  if (shape === 'by-speaker-id' || shape === 'by-speaker-id-only') return statementSortKeyBounds(after, filter.from, filter.to);
  return {
    ...timeBounds(filter, after),
    afterAt: after?.at ?? null,
    afterArticleId: after?.articleId ?? null,
    afterStart: after?.start ?? null,
    afterId: after?.id ?? null,
  };
}

/** A statement's claims in id order, as the per-statement loader answers them. */
function byClaimId(a: ListedClaim, b: ListedClaim): number {
  return a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0;
}

/** A claim of a listed statement, with the edges read along (from and to as seen from the claim). */
function listedClaim(keys: readonly string[], values: unknown, edges: EdgeRow[], withRelations: boolean): ListedClaim {
  const claim = toRecord<ClaimRecord>(keys, values);
  if (!withRelations) return { claim, relations: null };
  const relations = edges.map(([relation, out, confidence, by, createdAt, otherValues]): RelationWithOther => {
    const other = toRecord<ClaimRecord>(keys, otherValues);
    return { fromId: out ? claim.id : other.id, toId: out ? other.id : claim.id, relation, confidence, by, createdAt, other };
  });
  return { claim, relations };
}

export const statementRepository = {
  async findByIds(graph: Graph, ids: readonly string[]): Promise<Map<string, StatementRecord>> {
    const rows = await graph.read('statements/find-statements-by-ids', { ids });
    return new Map(rows.map((row) => [row.id as string, row.statement as StatementRecord]));
  },

  /**
   * One page of statements(filter) after the window's cursor, and one row more when there is
   * a next page and the request asks whether there is (see rowsToRead). Each row carries the
   * neighbours `include` asks for.
   */
  async list(
    graph: Graph,
    filter: StatementFilterParams,
    window: KeysetWindow<StatementSortKey>,
    include: StatementIncludes,
    /** The request's field names: each record holds only the properties among them (and its keys). */
    selected?: SelectedFields,
  ): Promise<ListedStatement[]> {
    const projection = projectionFor(selected);
    const withContext = include.speaker || include.via || include.article;
    const withArticle = include.article;
    const withOutlet = include.article && include.outlet;
    const withClaims = include.claims;
    const withRelations = include.claims && include.relations;
    const sides = withRelations ? (include.relationSides ?? ALL_SIDES) : null;
    const shape = statementShape(filter);
    const rows = await graph.read(`statements/list/${shape}`, {
      ...filter,
      ...cursorParams(shape, filter, window.after),
      limit: rowsToRead(window.limit, selected),
      ...projectionParams(projection),
      withSpeaker: include.speaker,
      withVia: include.via,
      withArticle,
      withOutlet,
      withClaims,
      withCounters: sides?.counters ?? false,
      withCounteredBy: sides?.counteredBy ?? false,
      withSupports: sides?.supports ?? false,
      withSupportedBy: sides?.supportedBy ?? false,
    });
    return rows.map((row) => {
      const [articleRow] = row.articles as Array<[unknown, unknown]>;
      const article = articleRow ? toRecord<ArticleRecord>(projection.article, articleRow[0]) : null;
      return {
        statement: withArticleId(toRecord<StatementRecord>(projection.statement, row.statement), article?.id),
        context: withContext
          ? {
              speakers: include.speaker ? toRecords<ActorRecord>(projection.actor, row.speakers) : null,
              via: include.via ? toRecords<ActorRecord>(projection.actor, row.via) : null,
              article,
              outlets: withOutlet ? toRecords<ActorRecord>(projection.actor, articleRow ? articleRow[1] : []) : null,
            }
          : null,
        claims: withClaims ? (row.claims as Array<[unknown, EdgeRow[]]>).map(([values, edges]) => listedClaim(projection.claim, values, edges, withRelations)).sort(byClaimId) : null,
      };
    });
  },

  /** How many statements match, counted from the filter's anchor, never by reading the list. */
  async count(graph: Graph, filter: StatementFilterParams): Promise<number> {
    const [row] = await graph.read(statementCountQuery(filter), { ...filter, ...timeBounds(filter, null) });
    return Number(row?.totalCount ?? 0);
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

  async searchAttributions(graph: Graph, query: string, limit: number, selected?: SelectedFields): Promise<AttributionHit[]> {
    const projection = projectionFor(selected);
    const rows = await graph.read('statements/search-attributions', { query, limit, ...projectionParams(projection) });
    return rows.map((row) => {
      // Every statement has its article; a hit read mid-way through an ingest is passed on as it was.
      const article = row.article === null ? (row.article as unknown as ArticleRecord) : toRecord<ArticleRecord>(projection.article, row.article);
      return {
        statement: withArticleId(toRecord<StatementRecord>(projection.statement, row.statement), article?.id),
        speaker: toRecord<ActorRecord>(projection.actor, row.speaker),
        article,
        via: toRecords<ActorRecord>(projection.actor, row.via),
        score: row.score as number,
      };
    });
  },
};
