import cors from 'cors';
import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers (helmet) and CORS (cors) for every route.
 *
 * The Content-Security-Policy is helmet's default narrowed to this origin: the web app at `/`
 * and GraphiQL at `/graphiql` are served by this server and bundled locally, so scripts, fonts,
 * images and connections (fetch, and graphql-ws's WebSocket) come from 'self' only. Styles
 * allow 'unsafe-inline' as well, because GraphiQL and chart libraries set inline styles; inline
 * scripts stay forbidden. Workers may start from blob: URLs (GraphiQL's editor does). No
 * `upgrade-insecure-requests`: the server is often reached over plain http (localhost, a compose
 * network), where it would break every asset.
 *
 * CORS: only the origins in CORS_ORIGINS (none by default) may call the API from a browser
 * page of their own; they may send `Authorization` and Apollo's CSRF header. Requests from the
 * same origin, and from non-browser clients, need no CORS at all.
 */
export function httpSecurity(corsOrigins: readonly string[]): RequestHandler[] {
  const headers = fixedHeaders(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'font-src': ["'self'", 'data:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
          'worker-src': ["'self'", 'blob:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  // With no origin allowed, cors answers nothing and only calls next(), after copying its options.
  if (corsOrigins.length === 0) return [headers];
  return [
    headers,
    cors({
      origin: [...corsOrigins],
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
      maxAge: 600,
    }),
  ];
}

/**
 * Helmet's headers, worked out once: with every directive a plain string they are the same for
 * every request, so helmet runs once here against a recording response and each request gets
 * the recorded headers set in one loop (not a dozen chained middlewares).
 */
function fixedHeaders(middleware: RequestHandler): RequestHandler {
  const headers = new Map<string, string>();
  let done = false;
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers.set(name, String(value));
    },
    removeHeader(name: string) {
      headers.delete(name);
    },
  };
  middleware({ headers: {} } as Request, recorder as unknown as Response, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  // A directive that depended on the request (a function, a nonce) would make helmet asynchronous or per-request.
  if (!done) throw new Error('The security headers are not the same for every request; set them per request');
  const fixed = [...headers];
  return (_req, res, next) => {
    for (const [name, value] of fixed) res.setHeader(name, value);
    res.removeHeader('X-Powered-By');
    next();
  };
}
