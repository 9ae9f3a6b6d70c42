import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { Kind, parse, type DocumentNode } from 'graphql';
import { ErrorCode } from '../errors/error-code';
import { LIMITS } from '../limits';
import { countRejection } from '../metrics/metrics';

/**
 * The JSON body parser for /graphql, with two size limits: MAX_BODY_BYTES for every operation
 * but ingestArticle, and `ingestBytes` (twice MAX_ARTICLE_BYTES) for ingestArticle alone.
 *
 * How the two are told apart: the body is read as raw bytes and counted as it arrives, so
 * nothing larger than `ingestBytes` is ever held, and nothing at all is parsed until the size is
 * known. A body within MAX_BODY_BYTES is parsed as usual. A larger one must carry an
 * Authorization header (ingestArticle needs an EDITOR key; the key itself is checked later, as
 * for any request) or it is refused unparsed; with one, it is parsed, and refused unless its
 * operation is a mutation that asks for ingestArticle and nothing else. Parsing a few MB of
 * JSON takes milliseconds; what a large body must not reach is the GraphQL execution.
 */
export function graphqlBodyParser(ingestBytes: number): Array<RequestHandler | ErrorRequestHandler> {
  const raw = express.raw({ type: 'application/json', limit: ingestBytes });
  const parseBody: RequestHandler = (req, res, next) => {
    if (!Buffer.isBuffer(req.body)) return next();
    const size = req.body.length;
    if (size > LIMITS.MAX_BODY_BYTES && !req.headers.authorization) return refuse(res, size, ingestBytes);
    let body: unknown;
    try {
      body = JSON.parse(req.body.toString('utf8'));
    } catch {
      return next(Object.assign(new Error('invalid JSON'), { status: 400, type: 'entity.parse.failed' }));
    }
    if (size > LIMITS.MAX_BODY_BYTES && !isIngestOnly(body)) return refuse(res, size, ingestBytes);
    req.body = body;
    next();
  };
  // A body over even the ingest limit never reaches parseBody: the raw reader stops at the limit.
  const tooLarge: ErrorRequestHandler = (error, _req, res, next) => {
    if ((error as { type?: string }).type === 'entity.too.large') return refuse(res, undefined, ingestBytes);
    next(error);
  };
  return [raw, tooLarge, parseBody];
}

function refuse(res: express.Response, size: number | undefined, ingestBytes: number): void {
  countRejection('bodySize');
  const what = size === undefined ? `larger than ${ingestBytes.toLocaleString('en-US')} bytes` : `${size.toLocaleString('en-US')} bytes`;
  res.status(413).json({
    errors: [
      {
        message:
          `The request body is ${what}; the limit is ${LIMITS.MAX_BODY_BYTES.toLocaleString('en-US')} bytes ` +
          `(${ingestBytes.toLocaleString('en-US')} for an ingestArticle mutation alone, with an API key) (limit: bodySize)`,
        extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit: 'bodySize', max: LIMITS.MAX_BODY_BYTES },
      },
    ],
  });
}

/** True when the body's operation is a mutation whose only fields are ingestArticle. */
function isIngestOnly(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { query } = body as { query?: unknown };
  if (typeof query !== 'string') return false;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: LIMITS.MAX_TOKENS, noLocation: true });
  } catch {
    return false;
  }
  // One operation and no fragments, which could hide other fields.
  if (document.definitions.length !== 1) return false;
  const [operation] = document.definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'mutation') return false;
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value === 'ingestArticle');
}
