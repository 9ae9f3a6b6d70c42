/** Every error a client can see carries one of these codes in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  UNAVAILABLE = 'UNAVAILABLE',
  /** The database is up but could not finish the write now (a lock conflict, a leader switch): send it again. */
  BUSY = 'BUSY',
  /** The request is larger or costlier than a limit allows (`extensions.limit` names which); see src/limits.ts. */
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  /** The database work outlasted the request's time budget and was cancelled inside Neo4j. */
  TIMEOUT = 'TIMEOUT',
  /** The caller spent its request budget; `extensions.retryAfter` (and the Retry-After header) say when to come back. */
  RATE_LIMITED = 'RATE_LIMITED',
}

/** The HTTP status a REST route answers with for each code. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.UNAVAILABLE]: 503,
  // 503 is HTTP's "try again later"; the code and message say why, and never "unavailable".
  [ErrorCode.BUSY]: 503,
  [ErrorCode.LIMIT_EXCEEDED]: 400,
  // The same request would time out again: 503 says "not now", and the message says to ask for less.
  [ErrorCode.TIMEOUT]: 503,
  [ErrorCode.RATE_LIMITED]: 429,
};
