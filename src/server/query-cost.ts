import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, isLeafType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { limitExceeded } from '../errors/app-error';
import { DocumentMemo } from '../graphql/document-memo';
import { variableShape } from '../graphql/variable-shape';
import { LIMITS } from '../limits';

/**
 * What a list costs: what is selected inside it, times the rows it may return. A field with a
 * `first` argument returns that many (its default when the client leaves it out, and at most
 * MAX_PAGE_SIZE: a larger `first` is refused by the resolver with its own message); any other
 * list of objects is assumed to hold UNPAGED_LIST_FANOUT, except a connection's `edges`, which
 * hold the page its `first` counted. Everything else falls through to the
 * library's simple estimator (1 plus what is selected inside).
 *
 * graphql-armor's cost limit reads `first` only when it is written in the query text, so
 * `first: $n` or a default page of 20 would count as one row; graphql-query-complexity sees the
 * arguments after variables and defaults are applied.
 */
export const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : LIMITS.DEFAULT_PAGE_SIZE;
    const rows = Math.min(Math.max(first, 0), LIMITS.MAX_PAGE_SIZE);
    return 1 + rows * childComplexity;
  }
  // A connection's `edges` are the page its `first` already counted.
  if (type.name.endsWith('Connection')) return undefined;
  const fieldType = getNullableType(field.type);
  if (isListType(fieldType) && !isLeafType(getNamedType(fieldType))) return 1 + LIMITS.UNPAGED_LIST_FANOUT * childComplexity;
  return undefined;
};

const estimators = [listEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** The estimated cost of an operation with its variables; throws what graphql-query-complexity throws. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators });
}

/**
 * How many variable shapes of one document keep their cost. A dashboard sends a handful of
 * shapes per query (a page size or two, a directive on or off), so more than this means a
 * client is varying its numbers on purpose; the oldest shape is then forgotten and computed again.
 */
export const COST_SHAPES_PER_DOCUMENT = 32;
/** Variables longer than this (as JSON) are priced afresh: a key must not cost what it saves. */
const MAX_SHAPE_KEY_LENGTH = 2048;

/**
 * The cost of an operation, computed once per document and shape of its variables. Walking the
 * document with every field's arguments is most of what the limit costs a small request, and its
 * answer depends on the document (the same object for the same query text: Apollo keeps parsed
 * documents in its document cache) and on the variables' numbers, booleans and nulls (`first`,
 * `@include(if:)`), never on their strings: an id or a search text only changes what is read.
 * So the strings are blanked in the key, and a speaker page costs once for every speaker. An
 * operation whose variables do not fit the schema throws, and that is not kept.
 */
export function cachedQueryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  const key = `${operationName ?? ''}\u0000${variableShape(variables)}`;
  const compute = () => queryCost(schema, document, variables, operationName);
  return key.length > MAX_SHAPE_KEY_LENGTH ? compute() : costsByDocument.get(document, key, compute);
}

/** Documents Apollo evicts from its cache take their costs with them. */
const costsByDocument = new DocumentMemo<DocumentNode, number>(COST_SHAPES_PER_DOCUMENT);

/**
 * Refuses an operation whose estimated cost exceeds MAX_QUERY_COST before anything runs, with a
 * LIMIT_EXCEEDED error naming the cost and the limit. Runs once the operation is known (after
 * validation), because the cost depends on the variables.
 */
export function queryCostPlugin(maxCost: number = LIMITS.MAX_QUERY_COST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = cachedQueryCost(schema, document, request.variables, operationName ?? undefined);
          } catch (error) {
            // Bad variables are execution's to report, with their own message; only sheer size is ours.
            if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) cost = Infinity;
            else return;
          }
          if (cost > maxCost) {
            const found = Number.isFinite(cost) ? Math.ceil(cost).toLocaleString('en-US') : 'more than that';
            throw limitExceeded(
              'cost',
              maxCost,
              `The query's estimated cost is ${found}; the limit is ${maxCost.toLocaleString('en-US')} (query cost: each field costs 1, and lists multiply what they select by \`first\`). Ask for fewer rows or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
