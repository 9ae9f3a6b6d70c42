import type { ErrorRequestHandler } from 'express';

/**
 * A body that is not JSON, or is too large, is the client's mistake: answer it as GraphQL
 * clients expect (an `errors` array with a code) and with a 4xx status, never express's
 * default HTML page with a stack trace.
 */
export const bodyErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  const status = (error as { status?: number }).status;
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'The request body is too large', extensions: { code: 'BAD_REQUEST' } }] });
  } else if (type === 'entity.parse.failed' || (status !== undefined && status >= 400 && status < 500)) {
    res.status(status ?? 400).json({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    next(error);
  }
};
