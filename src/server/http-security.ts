import cors from 'cors';
import type { RequestHandler } from 'express';
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
  return [
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
    cors({
      origin: corsOrigins.length === 0 ? false : [...corsOrigins],
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
      maxAge: 600,
    }),
  ];
}
