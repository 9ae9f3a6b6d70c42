import type { ErrorRequestHandler } from 'express';
import { AppError } from '../errors/app-error';
import { HTTP_STATUS } from '../errors/error-code';
import { requestInfoOf } from './request-info';

/**
 * The last handler: an error no route answered (the database unreachable while a REST route
 * reads it, a bug) is answered in the shape the route's clients already parse, GraphQL's
 * `errors` array at /graphql and `{ error: { code, message } }` elsewhere, and never with
 * express's default page, which prints the stack trace outside production. Our typed errors
 * keep their code, status and message; anything else is masked as a 500. A 5xx's error goes to
 * the request's log line (request-log.ts), beside the request id.
 */
export const unexpectedErrorHandler: ErrorRequestHandler = (error, req, res, next) => {
  // Part of an answer is already on the wire: only express can end it (it closes the connection).
  if (res.headersSent) return next(error);
  const known = error instanceof AppError;
  const code = known ? error.code : 'INTERNAL_SERVER_ERROR';
  const message = known ? error.message : 'Internal server error';
  const status = known ? HTTP_STATUS[error.code] : 500;
  const info = requestInfoOf(res);
  if (info) {
    info.errorCode = code;
    if (status >= 500) info.error = error;
  }
  const graphql = req.originalUrl.split('?')[0] === '/graphql';
  res.status(status).json(graphql ? { errors: [{ message, extensions: { code } }] } : { error: { code, message } });
};
