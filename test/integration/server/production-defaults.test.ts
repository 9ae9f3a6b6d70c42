import { openTestGraph } from '../../helpers/graph';
import { startTestServer, type TestServer } from '../../helpers/server';

/**
 * What a server in production tells a client, and what it does not: no stack traces, no
 * introspection unless ENABLE_INTROSPECTION, no "Did you mean" suggestions, no Apollo landing
 * page; security headers on every answer; CORS only for the origins in CORS_ORIGINS.
 */
describe('production defaults', () => {
  let graph: Awaited<ReturnType<typeof openTestGraph>>;
  let production: TestServer;
  let development: TestServer;
  let introspective: TestServer;
  let withCors: TestServer;
  beforeAll(async () => {
    graph = await openTestGraph();
    production = await startTestServer(graph, 'bolt://test', { NODE_ENV: 'production' });
    development = await startTestServer(graph, 'bolt://test', { NODE_ENV: 'development' });
    introspective = await startTestServer(graph, 'bolt://test', { NODE_ENV: 'production', ENABLE_INTROSPECTION: 'true' });
    withCors = await startTestServer(graph, 'bolt://test', { NODE_ENV: 'production', CORS_ORIGINS: 'https://dashboard.example.org, http://localhost:5173' });
  });
  afterAll(async () => {
    for (const server of [production, development, introspective, withCors]) await server.close();
    await graph.close();
  });

  const INTROSPECTION = '{ __schema { queryType { name } } }';

  describe('errors', () => {
    it('carry no stack trace in production, for a bad input or a bad query', async () => {
      for (const query of ['{ actors(first: 101) { edges { node { id } } } }', '{ nope }', '{ version']) {
        const { body } = await production.graphql(query);
        expect(body.errors?.length).toBeGreaterThan(0);
        expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+|    at /);
      }
    });
    it('carry one in development', async () => {
      const { body } = await development.graphql('{ actors(first: 101) { edges { node { id } } } }');
      expect(body.errors?.[0]?.extensions?.stacktrace).toEqual(expect.any(Array));
    });
  });

  describe('introspection', () => {
    it('is refused in production', async () => {
      const { status, body } = await production.graphql(INTROSPECTION);
      expect(status).toBe(400);
      expect(body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      expect(body.errors?.[0]?.message).toContain('ENABLE_INTROSPECTION=true');
    });
    it('is answered in production with ENABLE_INTROSPECTION=true, and in development', async () => {
      for (const server of [introspective, development]) {
        const { body } = await server.graphql<{ __schema: { queryType: { name: string } } }>(INTROSPECTION);
        expect(body.data?.__schema.queryType.name).toBe('Query');
      }
    });
  });

  describe('field suggestions', () => {
    it('are hidden in production', async () => {
      const { body } = await production.graphql('{ versio }');
      expect(body.errors?.[0]?.message).toBe('Cannot query field "versio" on type "Query".');
    });
    it('are given in development', async () => {
      const { body } = await development.graphql('{ versio }');
      expect(body.errors?.[0]?.message).toMatch(/Did you mean "version"\?/);
    });
  });

  it('serves no Apollo landing page at /graphql, in production or development', async () => {
    for (const server of [production, development]) {
      const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      const text = await response.text();
      expect(text).not.toMatch(/apollographql|embeddable-sandbox|apollo-server-landing-page/i);
    }
  });

  it('keeps CSRF prevention: a GET query without a JSON content type or preflight header is refused', async () => {
    const response = await fetch(`${production.url}/graphql?query=${encodeURIComponent('{ version }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('sends security headers (helmet) with a same-origin Content-Security-Policy', async () => {
    const response = await fetch(`${production.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  describe('CORS', () => {
    const preflight = (server: TestServer, origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
      });

    it('lets an origin in CORS_ORIGINS call the API with a key', async () => {
      const response = await preflight(withCors, 'https://dashboard.example.org');
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.org');
      expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      const post = await fetch(`${withCors.url}/graphql`, {
        method: 'POST',
        headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ version }' }),
      });
      expect(post.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    });
    it('gives no CORS headers to an origin not listed', async () => {
      const response = await preflight(withCors, 'https://evil.example.com');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
    it('allows no other origin by default', async () => {
      const response = await preflight(production, 'https://dashboard.example.org');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
