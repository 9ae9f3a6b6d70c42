import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * Whether the request selects a path of fields below the field being resolved, e.g.
 * `['edges', 'node', 'speaker']` — through fragments, inline fragments and aliases. List
 * resolvers look ahead so that a count is read only when asked for and a page's nested fields
 * come in the list's own query when its shape allows.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  let level: ResolveTree[] = root ? [root] : [];
  for (const name of path) {
    level = level.flatMap((tree) =>
      Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields).filter((field) => field.name === name)),
    );
    if (level.length === 0) return false;
  }
  return true;
}

/** Whether any of the named fields is selected under a common path. */
export function selectsAny(info: GraphQLResolveInfo, under: readonly string[], names: readonly string[]): boolean {
  return names.some((name) => selects(info, [...under, name]));
}
