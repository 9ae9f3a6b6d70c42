import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, GraphQLError, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type ExecutorRequest = Parameters<Executor>[0];

/**
 * Runs every query through a compiled form of its operation (graphql-jit) instead of
 * graphql-js's interpreter, which walks the document, collects fields and builds a resolve info
 * for every field on every request. Apollo Server 5 has no executor option; what it offers is
 * the executor of a gateway, so this is a gateway that loads one schema, ours, and never updates
 * it (apollographql/apollo-server#7340). Everything before execution is Apollo's as before:
 * parsing, the document cache, validation with the limits' rules, the plugins (which see the
 * same schema and document), error formatting.
 *
 * What graphql-js still runs:
 * - mutations and subscriptions: rare, and a mutation's order of side effects is not worth a
 *   second executor's reading;
 * - a query's first run: a document is compiled the second time it comes (below);
 * - a query whose variables do not fit its operation. graphql-jit refuses those before any
 *   resolver runs, in words of its own; graphql-js words them as clients know them
 *   (`Variable "$first" got invalid value …`), and that wording is what Apollo recognises to
 *   answer BAD_USER_INPUT with HTTP 400, so such a request is run again by graphql-js;
 * - an operation graphql-jit cannot compile.
 */
export function compiledExecutionGateway(schema: GraphQLSchema): Gateway {
  const compiled = new CompiledOperations(schema);
  const executor: Executor = async ({ document, operation, operationName, request, context }: ExecutorRequest) => {
    const variables = request.variables ?? {};
    const query = operation?.operation === 'query' ? compiled.of(document, operationName) : null;
    if (query) {
      const result = await query.query(undefined, context, variables);
      if (result.data !== undefined) return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
    }
    return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

/**
 * How many operations of one document keep their compiled form. A document names one operation
 * as a rule; a client that asks for many operations of one document gets the oldest recompiled.
 */
export const COMPILED_OPERATIONS_PER_DOCUMENT = 8;

/**
 * A document is compiled on its second run, not its first. Compiling costs several times what
 * running once does, so a client sending documents that never come again (a fuzzer, a typo'd
 * query in a loop) must not pay it on every request; a dashboard's queries come again at once.
 */
const RUNS_BEFORE_COMPILING = 1;

/** No compiled form: graphql-jit could not compile the operation. */
const UNCOMPILABLE = null;

/**
 * Compiled operations per parsed document. Apollo keeps a query's parsed document in its
 * (bounded) document cache, so the same query text is the same object on every request and the
 * compiled forms go with the document when Apollo drops it; a document that is not cached is a
 * new object each time and is never compiled.
 */
class CompiledOperations {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, CompiledQuery | typeof UNCOMPILABLE | number>>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** The compiled operation, or null while it is still to be run by graphql-js. */
  of(document: DocumentNode, operationName: string | null): CompiledQuery | null {
    const key = operationName ?? '';
    let operations = this.byDocument.get(document);
    if (!operations) this.byDocument.set(document, (operations = new Map()));
    const known = operations.get(key);
    if (typeof known === 'object') return known; // compiled, or UNCOMPILABLE
    const runs = known ?? 0;
    if (runs < RUNS_BEFORE_COMPILING) {
      this.remember(operations, key, runs + 1);
      return null;
    }
    const compiled = compileQuery(this.schema, document, operationName ?? undefined);
    const usable = isCompiledQuery(compiled) ? compiled : UNCOMPILABLE;
    this.remember(operations, key, usable);
    return usable;
  }

  private remember(operations: Map<string, CompiledQuery | typeof UNCOMPILABLE | number>, key: string, value: CompiledQuery | typeof UNCOMPILABLE | number): void {
    if (!operations.has(key) && operations.size >= COMPILED_OPERATIONS_PER_DOCUMENT) {
      operations.delete(operations.keys().next().value as string);
    }
    operations.set(key, value);
  }
}

/**
 * graphql-jit reports a resolver's error in an object of its own that passes for a GraphQLError
 * (`instanceof` holds) but leaves `extensions` undefined when the thrown error had none, and
 * Apollo and our plugins read `extensions.code` of every error, as graphql-js always sets it.
 * The same error as graphql-js makes it: message, path and locations, the thrown error as
 * `originalError` and its extensions.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  if (error.locations) Object.assign(made, { locations: error.locations });
  return made;
}
