import express, { Router, type Request } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';

/** Where `npm run build` puts the web app (web/ built by Vite); git-ignored with the rest of dist/. */
export const WEB_BUILD_DIR = path.join(PROJECT_ROOT, 'dist', 'web');

/**
 * The web app's own addresses (web/src/app.tsx routes them in the browser). Only these answer
 * index.html, so an API path that does not exist (/graphql/x, /metrics on a server without
 * metrics) still gets its 404 instead of a web page.
 */
export const CLIENT_ROUTES = [
  '/',
  '/search',
  '/dashboard',
  '/ingest',
  '/articles/:id',
  '/claims/:id',
  '/claims/:id/graph',
  '/actors/:id',
  '/actors/:id/graph',
];

/**
 * Serves the built web app at `/` and GraphiQL at `/graphiql`, both from dist/web: hashed
 * assets cached for a year, pages never (a new build must show at once). A browser that opens
 * /graphql itself is sent to the local GraphiQL, since Apollo's landing page loads from a CDN.
 */
export function webAppRoutes(dir = WEB_BUILD_DIR): Router {
  const router = Router();
  const page = (file: string) => (_req: Request, res: express.Response) => {
    const target = path.join(dir, file);
    if (!fs.existsSync(target)) {
      res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build` (npm start does it).\n');
      return;
    }
    res.set('cache-control', 'no-cache').sendFile(target);
  };

  router.get('/graphql', (req, res, next) => {
    const wantsPage = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsPage && req.query.query === undefined) res.redirect(302, '/graphiql');
    else next();
  });
  router.get('/graphiql', page('graphiql.html'));
  router.get(CLIENT_ROUTES, page('index.html'));
  router.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  return router;
}
