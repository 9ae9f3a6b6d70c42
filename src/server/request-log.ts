import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Logger } from '../logger';
import { attachRequestInfo, requestInfoOf } from './request-info';

/**
 * A client's own request id is kept when it looks like one (a UUID, a trace id, a load
 * balancer's token), so its logs and ours join; anything else, e.g. a header stuffed with a
 * log-injection payload or a megabyte of text, is replaced by a fresh UUID.
 */
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The id a request is logged and answered under. */
export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === 'string' && WELL_FORMED_ID.test(header) ? header : randomUUID();
}

/**
 * One structured line per request, written when the response is finished: the request id (also
 * sent back as `X-Request-Id`), method, path, status, duration in ms, and for GraphQL the
 * operation name and type and the outcome (`ok`, or the first error's code). Headers and bodies
 * are never logged: they carry API keys and article texts.
 *
 * Written here rather than with pino-http, which made two child loggers per request (one of them
 * serialising the request at once) and three listeners, whether or not the line was written at
 * the configured level; nothing read those loggers. Here a request costs its id, one `close`
 * listener and, only when the line's level is enabled, the line itself.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = Date.now();
    const id = requestIdFor(req.headers['x-request-id']);
    res.setHeader('X-Request-Id', id);
    attachRequestInfo(req, res, id);
    // The path as the client sent it: express rewrites `req.url` inside a mounted router.
    const { method, originalUrl } = req;
    // 'close' comes after 'finish' for every response, and alone for one the client abandoned.
    res.once('close', () => {
      // A client's mistakes (4xx) are its own; only our failures are errors.
      const level = res.statusCode >= 500 ? 'error' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const path = originalUrl.split('?')[0] as string;
      logger[level](
        {
          requestId: id,
          req: { method, path },
          res: { status: res.statusCode },
          durationMs: Date.now() - started,
          ...outcomeFields(res),
        },
        `${method} ${path} ${res.statusCode}`,
      );
    });
    next();
  };
}

/** `ok`, or what went wrong: a GraphQL error code, else the HTTP status. */
export function outcomeOf(res: Response): string {
  const info = requestInfoOf(res);
  if (info?.errorCode) return info.errorCode;
  return res.statusCode < 400 ? 'ok' : `HTTP_${res.statusCode}`;
}

function outcomeFields(res: Response): Record<string, unknown> {
  const info = requestInfoOf(res);
  const err = info?.error === undefined ? {} : { err: info.error };
  if (!info?.resolved) return { outcome: outcomeOf(res), ...err };
  return { operation: info.operationName ?? '(anonymous)', operationType: info.operationType, outcome: outcomeOf(res), ...err };
}
