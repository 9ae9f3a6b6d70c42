import { TypeInfo, visit, visitWithTypeInfo, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { TYPED, type SelectedFields } from '../model/selected-fields';

/**
 * Per operation node: Apollo keeps parsed documents in its cache, so a query asked again is the
 * same node and its field names are collected once, not on every request.
 */
const cache = new WeakMap<OperationDefinitionNode, SelectedFields>();

/**
 * Every field name the request's operation selects, anywhere, and each as `Type.field` on the
 * type it is selected on: the set repositories project their records to (see
 * model/selected-fields.ts). Variables and directives (@include, @skip) are not applied, and
 * every fragment of the document is read: a field that might be selected counts as selected,
 * which reads a property too many at worst, never one too few.
 */
export function selectedFields(info: GraphQLResolveInfo): SelectedFields {
  const known = cache.get(info.operation);
  if (known) return known;
  const names = new Set<string>([TYPED]);
  const typeInfo = new TypeInfo(info.schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const name = node.name.value;
      names.add(name);
      const parent = typeInfo.getParentType();
      if (parent) names.add(`${parent.name}.${name}`);
    },
  });
  visit(info.operation, visitor);
  for (const fragment of Object.values(info.fragments)) visit(fragment, visitor);
  cache.set(info.operation, names);
  return names;
}
