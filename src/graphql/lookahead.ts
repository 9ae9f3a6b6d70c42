import type { GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { DocumentMemo } from './document-memo';
import { variableShape } from './variable-shape';

/**
 * Whether the request selects a path of fields below the field being resolved, e.g.
 * `['edges', 'node', 'speaker']` — through fragments, inline fragments and aliases. List
 * resolvers look ahead so that a count is read only when asked for and a page's nested fields
 * come in the list's own query when its shape allows.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return lookahead(info).selects(path);
}

/** Whether any of the named fields is selected under a common path. */
export function selectsAny(info: GraphQLResolveInfo, under: readonly string[], names: readonly string[]): boolean {
  return lookahead(info).selectsAny(under, names);
}

/** A connection's fields that need its page read; `totalCount` alone needs only a count. */
export const PAGE_FIELDS: readonly string[] = ['edges', 'pageInfo'];

/** Whether the request selects a connection's page, not only its `totalCount`: a dashboard's count reads no list. */
export function selectsPage(info: GraphQLResolveInfo): boolean {
  return selectsAny(info, [], PAGE_FIELDS);
}

/** The selection below the field being resolved, parsed once for several questions. */
export interface Lookahead {
  selects(path: readonly string[]): boolean;
  selectsAny(under: readonly string[], names: readonly string[]): boolean;
  /** Every selection of the path (one per alias), with its arguments, variables applied. */
  fields(path: readonly string[]): ResolveTree[];
}

/**
 * Parses the selection once: a resolver asking several questions (the count? the context? the
 * claims?) would otherwise walk the whole selection set, fragments and arguments, for each.
 */
export function lookahead(info: GraphQLResolveInfo): Lookahead {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  const fields = (path: readonly string[]) => descend(root ? [root] : [], path);
  return {
    fields,
    selects: (path) => fields(path).length > 0,
    selectsAny: (under, names) => {
      const parents = fields(under);
      return names.some((name) => descend(parents, [name]).length > 0);
    },
  };
}

function descend(from: ResolveTree[], path: readonly string[]): ResolveTree[] {
  let level = from;
  for (const name of path) {
    level = level.flatMap((tree) =>
      Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields).filter((field) => field.name === name)),
    );
    if (level.length === 0) return [];
  }
  return level;
}

/** How many (field, variables shape) answers one operation keeps; past it the oldest is forgotten. */
const ANSWERS_PER_OPERATION = 64;
const answersByOperation = new DocumentMemo<OperationDefinitionNode, unknown>(ANSWERS_PER_OPERATION);

/**
 * `decide(info)` once per selection: what a field's selection holds is the same for every request
 * of one document (Apollo keeps the parsed document, so its operation is the same object) at the
 * same place — the parent type and the response path, list positions aside — with the same
 * variables shape (`@include(if: $x)`; strings never change a selection). `decide` must read
 * nothing else, in particular no argument values: those hold ids and cursors. The answers go
 * when Apollo drops the document from its cache.
 */
export function perSelection<T>(info: GraphQLResolveInfo, decide: (info: GraphQLResolveInfo) => T): T {
  const key = `${info.parentType.name}\u0000${responsePath(info.path)}\u0000${variableShape(info.variableValues)}`;
  return answersByOperation.get(info.operation, key, () => decide(info)) as T;
}

/** `statements.edges.node.speaker`: the response keys (aliases included) of a path, without list positions. */
function responsePath(path: GraphQLResolveInfo['path']): string {
  let out = '';
  for (let at: GraphQLResolveInfo['path'] | undefined = path; at; at = at.prev) {
    if (typeof at.key === 'string') out = out ? `${at.key}.${out}` : at.key;
  }
  return out;
}

