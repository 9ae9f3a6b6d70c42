import type { TestKeys } from '../../helpers/keys';
import { startTestApi, type TestApi } from '../../helpers/api';
import { startTestServer, type TestServer } from '../../helpers/server';

/** Each protected operation, the lowest role allowed to run it, and a call to it. */
const PROTECTED: Array<{ name: string; role: 'FACT_CHECKER' | 'EDITOR' | 'ADMIN'; query: string }> = [
  { name: 'addRebuttal', role: 'FACT_CHECKER', query: 'mutation { addRebuttal(input: {claimId: "x", verdict: FALSE, summary: "s"}) { id } }' },
  { name: 'linkClaims', role: 'FACT_CHECKER', query: 'mutation { linkClaims(input: {fromClaimId: "a", toClaimId: "b", relation: COUNTERS}) { by } }' },
  { name: 'ingestArticle', role: 'EDITOR', query: 'mutation { ingestArticle(input: {text: "Some text."}) { status } }' },
  { name: 'correctStatement', role: 'EDITOR', query: 'mutation { correctStatement(id: "x", input: {kind: DIRECT}) { id } }' },
  { name: 'addAlias', role: 'EDITOR', query: 'mutation { addAlias(actorId: "x", alias: "y") { id } }' },
  { name: 'mergeActors', role: 'ADMIN', query: 'mutation { mergeActors(sourceId: "a", targetId: "b") { id } }' },
  { name: 'createApiKey', role: 'ADMIN', query: 'mutation { createApiKey(name: "n", role: EDITOR) { key } }' },
  { name: 'revokeApiKey', role: 'ADMIN', query: 'mutation { revokeApiKey(id: "x") { id } }' },
  { name: 'apiKeys', role: 'ADMIN', query: '{ apiKeys { id } }' },
  { name: 'auditTrail', role: 'ADMIN', query: '{ auditTrail { totalCount } }' },
];

const BELOW: Record<string, Array<keyof TestKeys>> = {
  FACT_CHECKER: [],
  EDITOR: ['factChecker'],
  ADMIN: ['factChecker', 'editor'],
};

describe('access control', () => {
  let graph: TestApi['graph'];
  let close: () => Promise<void>;
  let server: TestServer;
  let keys: TestKeys;
  beforeAll(async () => {
    ({ graph, server, keys, close } = await startTestApi());
  });
  afterAll(() => close());

  describe.each(PROTECTED)('$name (needs $role)', ({ name, role, query }) => {
    it('is refused without a key: UNAUTHENTICATED, naming the role it needs', async () => {
      const { body } = await server.graphql(query);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.errors?.[0]?.message).toContain(`${name} needs an API key with role ${role}`);
    });

    it('is refused to lower roles: FORBIDDEN', async () => {
      for (const lower of BELOW[role] ?? []) {
        const { body } = await server.graphql(query, undefined, keys[lower]);
        expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(body.errors?.[0]?.message).toContain(`needs role ${role} or higher`);
      }
    });
  });

  it('lets anyone read when READ_ACCESS is open (the default)', async () => {
    const { body } = await server.graphql('{ claims { totalCount } }');
    expect(body.errors).toBeUndefined();
  });

  it('with READ_ACCESS=key, refuses anonymous reads but serves any valid key', async () => {
    const closed = await startTestServer(graph, 'bolt://test', { READ_ACCESS: 'key' });
    try {
      const anonymous = await closed.graphql('{ claims { totalCount } }');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await closed.graphql('{ claims { totalCount } }', undefined, keys.factChecker)).body.errors).toBeUndefined();
    } finally {
      await closed.close();
    }
  });

  it('answers a body that is not JSON with 400 and a code, not an HTML error page', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses an unknown key outright instead of treating the caller as anonymous', async () => {
    const { status, body } = await server.graphql('{ claims { totalCount } }', undefined, { authorization: 'Bearer cg_not-a-key' });
    expect(status).toBe(401);
    expect(body.errors?.[0]).toMatchObject({ message: 'The API key is unknown or revoked', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a malformed Authorization header', async () => {
    const { body } = await server.graphql('{ claims { totalCount } }', undefined, { authorization: 'Basic abc' });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets an admin create a key once, list it without its secret, and revoke it', async () => {
    const created = await server.graphql<any>('mutation { createApiKey(name: "newsroom", role: EDITOR) { key apiKey { id role prefix } } }', undefined, keys.admin);
    const { key, apiKey } = created.body.data.createApiKey;
    expect(key).toMatch(/^cg_/);
    expect(apiKey.prefix).toBe(key.slice(0, 8));

    const asNewKey = { authorization: `Bearer ${key}` };
    expect((await server.graphql('{ claims { totalCount } }', undefined, asNewKey)).body.errors).toBeUndefined();

    const listed = await server.graphql<any>('{ apiKeys { id name role revokedAt } }', undefined, keys.admin);
    expect(JSON.stringify(listed.body)).not.toContain(key);
    expect(listed.body.data.apiKeys).toContainEqual({ id: apiKey.id, name: 'newsroom', role: 'EDITOR', revokedAt: null });

    await server.graphql(`mutation { revokeApiKey(id: "${apiKey.id}") { revokedAt } }`, undefined, keys.admin);
    const refused = await server.graphql('{ claims { totalCount } }', undefined, asNewKey);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps an audit trail of writes that only admins can read', async () => {
    await server.graphql('mutation { createApiKey(name: "audited", role: FACT_CHECKER) { key } }', undefined, keys.admin);
    const { body } = await server.graphql<any>('{ auditTrail(action: "createApiKey") { totalCount edges { node { action keyName role at details } } } }', undefined, keys.admin);
    const event = body.data.auditTrail.edges.map((e: any) => e.node).find((e: any) => JSON.parse(e.details).name === 'audited');
    expect(event).toMatchObject({ action: 'createApiKey', keyName: 'ada-admin', role: 'ADMIN' });
    expect(Date.parse(event.at)).not.toBeNaN();
  });
});
