import type { GraphQLResolveInfo, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { SelectedFields } from '../model/selected-fields';

/**
 * Per operation node: Apollo keeps parsed documents in its cache, so a query asked again is the
 * same node and its field names are collected once, not on every request.
 */
const cache = new WeakMap<OperationDefinitionNode, SelectedFields>();

/**
 * Every field name the request's operation selects, anywhere: the set repositories project their
 * records to (see model/selected-fields.ts). Variables and directives (@include, @skip) are not
 * applied: a field that might be selected counts as selected, which reads a property too many at
 * worst, never one too few.
 */
export function selectedFields(info: GraphQLResolveInfo): SelectedFields {
  const known = cache.get(info.operation);
  if (known) return known;
  const names = new Set<string>();
  const visitedFragments = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        names.add(selection.name.value);
        visit(selection.selectionSet);
      } else if (selection.kind === 'InlineFragment') {
        visit(selection.selectionSet);
      } else if (!visitedFragments.has(selection.name.value)) {
        visitedFragments.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  visit(info.operation.selectionSet);
  cache.set(info.operation, names);
  return names;
}
