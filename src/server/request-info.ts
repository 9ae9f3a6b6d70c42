import type { Request, Response } from 'express';
import type { RequestInfo } from '../model/request-info';

/** The request's RequestInfo, kept in `res.locals` from the first middleware on. */
export function requestInfoOf(res: Response): RequestInfo {
  return (res.locals as { request: RequestInfo }).request;
}

/** Starts the RequestInfo of a request whose id is already decided. */
export function attachRequestInfo(req: Request, res: Response, id: string): RequestInfo {
  const info: RequestInfo = { id, ip: req.ip ?? req.socket.remoteAddress ?? 'unknown', resolved: false, operationName: null, operationType: null, errorCode: null };
  res.locals.request = info;
  return info;
}
