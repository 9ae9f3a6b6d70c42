import { selectsOn, type SelectedFields } from '../model/selected-fields';

/**
 * Which properties a read query returns, as a list of property keys sent as a parameter
 * (`[k IN $statementKeys | s[k]]`): the query text stays the same whatever is selected, so
 * Neo4j's plan cache hits, and the keys come only from the allowlists below, never from the
 * request. A row comes back as a list of values in the keys' order, which costs less to decode
 * than a map (no key strings per value) and is zipped into a record here.
 */
export interface Projection {
  statement: readonly string[];
  article: readonly string[];
  actor: readonly string[];
  claim: readonly string[];
}

/** Every property of a statement record, in a fixed order. */
const STATEMENT_PROPERTIES = ['id', 'quote', 'kind', 'cue', 'hedged', 'confidence', 'extractor', 'start', 'end', 'articleId', 'at', 'createdAt', 'curatedBy', 'curatedAt', 'sourceText', 'sourceStart', 'sourceEnd', 'cueStart', 'cueEnd'] as const;
// No `articleId`: Statement.article finds its article by it, and every query projecting
// statements reads the article along when that field is selected (or is the article's own), so
// the repositories set it from there (withArticleId) instead of reading it twice.
const STATEMENT_ALWAYS = new Set(['id']);
/**
 * A statement's sort key, read when the request reads a cursor: a cursor is its row's sort key
 * (src/graphql/statement-pages.ts), and nothing else needs the key in Node (the queries sort in
 * the database). An article's first five statements selecting `id quote kind` read three
 * properties per row instead of six.
 */
const STATEMENT_SORT_KEY = ['at', 'articleId', 'start'] as const;
const CURSOR_FIELDS = ['cursor', 'startCursor', 'endCursor'] as const;

/** An article's properties without its text (kilobytes, loaded by `Article.text` when asked). */
const ARTICLE_PROPERTIES = ['id', 'url', 'title', 'author', 'publishedAt', 'language', 'contentHash', 'ingestedAt', 'extractor'] as const;
const ARTICLE_ALWAYS = new Set(['id']);

const ACTOR_PROPERTIES = ['id', 'name', 'aliases', 'description', 'kind', 'domain', 'type', 'collective'] as const;
/** `type` picks the GraphQL type of an `Actor` (Person, Organization, Outlet, Group). */
const ACTOR_ALWAYS = new Set(['id', 'type']);

const CLAIM_PROPERTIES = ['id', 'text', 'firstSeenAt'] as const;
const CLAIM_ALWAYS = new Set(['id']);

/** GraphQL fields answered from other properties than their own name. */
const DERIVED: Readonly<Record<string, readonly string[]>> = {
  span: ['start', 'end'],
  sourceSpan: ['sourceStart', 'sourceEnd'],
  cueSpan: ['cueStart', 'cueEnd'],
};

/** What a record gets for a property the node does not have: the map projection's null, or a default. */
const DEFAULTS: Readonly<Record<string, unknown>> = { collective: false };

/** The GraphQL types whose fields each kind of record answers. */
const STATEMENT_TYPES = ['Statement'];
const ARTICLE_TYPES = ['Article'];
const ACTOR_TYPES = ['Actor', 'Person', 'Organization', 'Outlet', 'Group'];
const CLAIM_TYPES = ['Claim'];

function keysOf(all: readonly string[], always: ReadonlySet<string>, types: readonly string[], selected: SelectedFields | undefined, sortKey: readonly string[] = []): readonly string[] {
  if (!selected) return all;
  if (CURSOR_FIELDS.some((name) => selected.has(name))) always = new Set([...always, ...sortKey]);
  return all.filter((key) => always.has(key) || selectsOn(selected, types, key) || Object.entries(DERIVED).some(([field, properties]) => properties.includes(key) && selectsOn(selected, types, field)));
}

/** Per selection: a request's set is made once per document (src/graphql/selected-fields.ts), and so is its projection. */
const projections = new WeakMap<SelectedFields, Projection>();

/** The properties to read for a request's selection; every property when there is none. */
export function projectionFor(selected?: SelectedFields): Projection {
  if (!selected) return readProjection(undefined);
  let projection = projections.get(selected);
  if (!projection) projections.set(selected, (projection = readProjection(selected)));
  return projection;
}

function readProjection(selected: SelectedFields | undefined): Projection {
  return {
    statement: keysOf(STATEMENT_PROPERTIES, STATEMENT_ALWAYS, STATEMENT_TYPES, selected, STATEMENT_SORT_KEY),
    article: keysOf(ARTICLE_PROPERTIES, ARTICLE_ALWAYS, ARTICLE_TYPES, selected),
    actor: keysOf(ACTOR_PROPERTIES, ACTOR_ALWAYS, ACTOR_TYPES, selected),
    claim: keysOf(CLAIM_PROPERTIES, CLAIM_ALWAYS, CLAIM_TYPES, selected),
  };
}

/** The article's text too, when the request selects it (article(id) reads it in its own query). */
export function articleKeysWithText(projection: Projection, selected?: SelectedFields): readonly string[] {
  return !selected || selectsOn(selected, ARTICLE_TYPES, 'text') ? [...projection.article, 'text'] : projection.article;
}

/** The record a row's list of values stands for. */
export function toRecord<T>(keys: readonly string[], values: unknown): T {
  const list = values as unknown[];
  const record: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    record[key] = list[i] ?? (key in DEFAULTS ? DEFAULTS[key] : null);
  }
  return record as T;
}

/** The records a list of rows' values stands for. */
export function toRecords<T>(keys: readonly string[], rows: unknown): T[] {
  return (rows as unknown[]).map((values) => toRecord<T>(keys, values));
}

/** The query parameters of a projection. */
export function projectionParams(projection: Projection): { statementKeys: readonly string[]; articleKeys: readonly string[]; actorKeys: readonly string[]; claimKeys: readonly string[] } {
  return { statementKeys: projection.statement, articleKeys: projection.article, actorKeys: projection.actor, claimKeys: projection.claim };
}

/**
 * How many rows a page reads: one more than it holds when the request asks whether there is a
 * next page (the extra row answers `hasNextPage` without a count), else just the page; without a
 * selection, one more.
 */
export function rowsToRead(limit: number, selected?: SelectedFields): number {
  return !selected || selected.has('hasNextPage') ? limit + 1 : limit;
}

/** The statement record with the id of the article it was read with (see STATEMENT_ALWAYS). */
export function withArticleId<T extends { articleId: string }>(statement: T, articleId: string | null | undefined): T {
  if (articleId != null) statement.articleId = articleId;
  return statement;
}
