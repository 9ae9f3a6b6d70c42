import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/**
 * An error the client caused or can act on. Anything else that reaches the client
 * is masked by the server's error formatter and logged in full.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** A bad input; `field` is the input path the client must fix, e.g. `input.claimId`. */
export function badInput(field: string, problem: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${problem}`, { field });
}

/** Something the client named does not exist; `field` says where the client named it. */
export function notFound(what: string, id: string, field?: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${field ? `${field}: ` : ''}${what} ${JSON.stringify(id)} does not exist`, field ? { field } : {});
}

/** No API key, or one that is unknown or revoked: answered with HTTP 401. */
export function unauthenticated(message: string): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

/**
 * A request over one of the limits in src/limits.ts: HTTP 400, `extensions.limit` names the limit
 * (`depth`, `aliases`, `directives`, `tokens`, `cost`, `bodySize`) and `extensions.max` its value.
 */
export function limitExceeded(limit: string, max: number, message: string): AppError {
  return new AppError(ErrorCode.LIMIT_EXCEEDED, message, { limit, max, http: { status: 400 } });
}

/**
 * The caller spent its budget: HTTP 429 with `Retry-After` in whole seconds (at least 1, so a
 * client that honours it never retries before the window turns).
 */
export function rateLimited(message: string, retryAfterSeconds: number): AppError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError(ErrorCode.RATE_LIMITED, `${message}; try again in ${retryAfter} s`, {
    retryAfter,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
  });
}
