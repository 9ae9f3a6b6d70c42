import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/error-code';
import { LIMITS } from '../limits';
import { countRejection } from '../metrics/metrics';
import { queryCostPlugin } from './query-cost';

/** What the limits add to Apollo's options: spread into `new ApolloServer({...})`. */
export type RequestLimitOptions = Required<
  Pick<ApolloServerOptions<BaseContext>, 'plugins' | 'validationRules' | 'parseOptions' | 'hideSchemaDetailsFromClientErrors'>
>;

/**
 * The GraphQL request limits of src/limits.ts, each refused with HTTP 400 and
 * `extensions.code: LIMIT_EXCEEDED`, `extensions.limit` naming it and `extensions.max` its value:
 * tokens while parsing (graphql-js's own `maxTokens`), then depth, aliases and directives as
 * validation rules (graphql-armor), then the estimated cost once the variables are known
 * (query-cost.ts). With `hideSuggestions`, "Did you mean …?" is cut from error messages (Apollo's
 * own option; graphql-armor's version leaves "[Suggestion hidden]?" in the sentence), so a client
 * cannot map a schema whose introspection is off by trying typos.
 */
export function requestLimits({ hideSuggestions }: { hideSuggestions: boolean }): RequestLimitOptions {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.MAX_QUERY_DEPTH, ...reportAs('depth', LIMITS.MAX_QUERY_DEPTH) },
    maxAliases: { n: LIMITS.MAX_ALIASES, ...reportAs('aliases', LIMITS.MAX_ALIASES) },
    maxDirectives: { n: LIMITS.MAX_DIRECTIVES, ...reportAs('directives', LIMITS.MAX_DIRECTIVES) },
    blockFieldSuggestion: { enabled: false },
    // Ours instead: graphql-js counts tokens in the parser itself (parseOptions below), and the
    // cost estimate must see variables (query-cost.ts).
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
  }).protect();
  return {
    parseOptions: { maxTokens: LIMITS.MAX_TOKENS },
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, queryCostPlugin(), limitErrorCodes],
    hideSchemaDetailsFromClientErrors: hideSuggestions,
  };
}

/** Reports a refused rule as a validation error carrying the limit's name and value. */
function reportAs(limit: string, max: number): { propagateOnRejection: false; onReject: GraphQLArmorRejectCallback[] } {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        // graphql-armor words them "Syntax Error: Query depth limit of 10 exceeded, found 41."
        const message = `${error.message.replace(/^Syntax Error: /, '')} (limit: ${limit})`;
        context?.reportError(new GraphQLError(message, { extensions: { limit, max } }));
      },
    ],
  };
}

// graphql-js 16 words it "Document contains more that 2000 tokens" (sic).
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

/**
 * Apollo answers every validation error as GRAPHQL_VALIDATION_FAILED and every parse error as
 * GRAPHQL_PARSE_FAILED (both 400); a limit is neither a typo nor a syntax error, so the ones
 * that are limits get our code, and the token limit its name.
 */
const limitErrorCodes: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          const extensions = error.extensions as Record<string, unknown>;
          const tokens = extensions.code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(error.message) : null;
          if (tokens) Object.assign(extensions, { limit: 'tokens', max: Number(tokens[1]) });
          if (typeof extensions.limit === 'string' && extensions.code !== ErrorCode.TIMEOUT) {
            extensions.code = ErrorCode.LIMIT_EXCEEDED;
            countRejection(extensions.limit);
          }
        }
      },
    };
  },
};
