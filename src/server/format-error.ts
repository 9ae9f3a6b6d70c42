import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../errors/app-error';
import type { Logger } from '../logger';

/** Codes Apollo itself gives to a malformed request; they describe the client's mistake and pass through. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // A request over a limit (server/request-limits.ts gives validation and parse errors this code).
  'LIMIT_EXCEEDED',
]);

/**
 * Lets our typed errors and Apollo's request errors through, and masks everything else:
 * an unexpected error is logged whole and the client sees only that something failed.
 */
export function formatError(logger: Logger, exposeStack: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: exposeStack ? formatted.extensions : extensions };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      // Apollo's own wording tells the operator to change code ("pass introspection: true"); ours is a setting.
      if (formatted.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED') {
        formatted = { ...formatted, message: 'GraphQL introspection is not allowed on this server (its operator can turn it on with ENABLE_INTROSPECTION=true); GraphiQL at /graphiql carries the schema.' };
      }
      if (exposeStack) return formatted;
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original }, 'unexpected error in a GraphQL request');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
