import express from 'express';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { webAppRoutes } from '../../../src/server/web-app';

/** A web build in a temporary folder: the two pages and one hashed asset. */
function fakeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-web-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(dir, 'graphiql.html'), '<!doctype html><title>graphiql</title>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
  return dir;
}

async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.use(webAppRoutes(dir));
  app.post('/graphql', (_req, res) => res.json({ data: { ok: true } }));
  app.get('/graphql', (_req, res) => res.json({ data: { ok: true } }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('serving the web app', () => {
  let built: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    built = await serve(fakeBuild());
  });
  afterAll(() => built.close());

  it.each(['/', '/search?q=horror', '/claims/c1', '/claims/c1/graph', '/actors/a1', '/actors/a1/graph', '/articles/x', '/dashboard', '/ingest'])(
    'answers the client route %s with index.html, never cached',
    async (route) => {
      const response = await fetch(`${built.url}${route}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>app</title>');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    },
  );

  it('serves GraphiQL at /graphiql', async () => {
    const response = await fetch(`${built.url}/graphiql`);
    expect(await response.text()).toContain('<title>graphiql</title>');
  });

  it('caches hashed assets for a year', async () => {
    const response = await fetch(`${built.url}/assets/app-1234.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it.each(['/metrics', '/claims', '/graphql/x', '/assets/missing.js', '/claims/c1/claimreview.jsonld', '/nothing/here'])('leaves %s to the API (404 here)', async (route) => {
    const response = await fetch(`${built.url}${route}`);
    expect(response.status).toBe(404);
  });

  it('sends a browser that opens /graphql to the local GraphiQL', async () => {
    const response = await fetch(`${built.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graphiql');
  });

  it('lets GraphQL clients through at /graphql, GET and POST', async () => {
    await expect((await fetch(`${built.url}/graphql?query=%7Bok%7D`, { headers: { accept: 'text/html' } })).json()).resolves.toEqual({ data: { ok: true } });
    await expect((await fetch(`${built.url}/graphql`, { headers: { accept: 'application/json' } })).json()).resolves.toEqual({ data: { ok: true } });
    await expect((await fetch(`${built.url}/graphql`, { method: 'POST', headers: { accept: 'text/html' } })).json()).resolves.toEqual({ data: { ok: true } });
  });
});

describe('before the web app is built', () => {
  it('says how to build it instead of failing', async () => {
    const empty = await serve(fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-web-empty-')));
    try {
      const response = await fetch(`${empty.url}/dashboard`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
    } finally {
      await empty.close();
    }
  });
});
