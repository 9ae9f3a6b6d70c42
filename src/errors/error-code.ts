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
  [ErrorCode.RATE_LIMITED]: 429,
};
