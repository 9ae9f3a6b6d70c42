import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
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
 */
export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp<IncomingMessage, ServerResponse>({
    logger,
    genReqId: (req, res) => {
      const id = requestIdFor(req.headers['x-request-id']);
      res.setHeader('X-Request-Id', id);
      attachRequestInfo(req as Request, res as Response, id);
      return id;
    },
    // The id at the top of the line (and of `req.log`'s lines), not inside `req`.
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    // A client's mistakes (4xx) are its own; only our failures are errors.
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customSuccessObject: (_req, res, line: Record<string, unknown>) => ({ ...line, ...outcomeFields(res as Response) }),
    customErrorObject: (_req, res, _error, line: Record<string, unknown>) => ({ ...line, ...outcomeFields(res as Response) }),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
  }) as unknown as RequestHandler;
}

/** The path as the client sent it (express rewrites `req.url` inside a mounted router), without the query string. */
function pathOf(req: IncomingMessage): string {
  return ((req as Request).originalUrl ?? req.url ?? '').split('?')[0] as string;
}

/** `ok`, or what went wrong: a GraphQL error code, else the HTTP status. */
export function outcomeOf(res: Response): string {
  const info = requestInfoOf(res);
  if (info?.errorCode) return info.errorCode;
  return res.statusCode < 400 ? 'ok' : `HTTP_${res.statusCode}`;
}

function outcomeFields(res: Response): Record<string, unknown> {
  const info = requestInfoOf(res);
  if (!info?.resolved) return { outcome: outcomeOf(res) };
  return { operation: info.operationName ?? '(anonymous)', operationType: info.operationType, outcome: outcomeOf(res) };
}
