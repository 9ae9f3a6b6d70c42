import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { userInfo } from 'node:os';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { ApiKeyService } from '../../../src/services/api-key.service';
import { operatorActor } from '../../../src/cli/operator';
import { Role } from '../../../src/model/enums';
import type { TestKeys } from '../../helpers/keys';
import { startTestApi, type TestApi } from '../../helpers/api';
import { startTestServer, type TestServer } from '../../helpers/server';
import { testNeo4jTarget } from '../../helpers/test-settings';

const ROOT = path.join(__dirname, '..', '..', '..');

type Needed = 'FACT_CHECKER' | 'EDITOR' | 'ADMIN';

/** Each protected operation, the lowest role allowed to run it, and a call to it. */
const PROTECTED: Array<{ name: string; role: Needed; query: string }> = [
  { name: 'addRebuttal', role: 'FACT_CHECKER', query: 'mutation { addRebuttal(input: {claimId: "x", verdict: FALSE, summary: "s"}) { id } }' },
  { name: 'linkClaims', role: 'FACT_CHECKER', query: 'mutation { linkClaims(input: {fromClaimId: "a", toClaimId: "b", relation: COUNTERS}) { by } }' },
  { name: 'ingestArticle', role: 'EDITOR', query: 'mutation { ingestArticle(input: {text: "Some text."}) { status } }' },
  { name: 'previewExtraction', role: 'EDITOR', query: '{ previewExtraction(text: "Some text.") { statements { kind } } }' },
  { name: 'correctStatement', role: 'EDITOR', query: 'mutation { correctStatement(id: "x", input: {kind: DIRECT}) { id } }' },
  { name: 'addAlias', role: 'EDITOR', query: 'mutation { addAlias(actorId: "x", alias: "y") { id } }' },
  { name: 'mergeActors', role: 'ADMIN', query: 'mutation { mergeActors(sourceId: "a", targetId: "b") { id } }' },
  { name: 'createApiKey', role: 'ADMIN', query: 'mutation { createApiKey(name: "n", role: EDITOR) { key } }' },
  { name: 'revokeApiKey', role: 'ADMIN', query: 'mutation { revokeApiKey(id: "x") { id } }' },
  { name: 'apiKeys', role: 'ADMIN', query: '{ apiKeys { id } }' },
  { name: 'auditTrail', role: 'ADMIN', query: '{ auditTrail { totalCount } }' },
];

const KEY_OF_ROLE: Record<Needed, keyof TestKeys> = { FACT_CHECKER: 'factChecker', EDITOR: 'editor', ADMIN: 'admin' };
const BELOW: Record<Needed, Needed[]> = { FACT_CHECKER: [], EDITOR: ['FACT_CHECKER'], ADMIN: ['FACT_CHECKER', 'EDITOR'] };

/** What the caller sends: an Authorization header built from the suite's keys (or none). */
type Credential = (keys: TestKeys & { revokedAdmin: Record<string, string> }) => Record<string, string>;

interface Refusal {
  operation: string;
  query: string;
  caller: string;
  credential: Credential;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  /** The HTTP status, for refusals made before any resolver runs. */
  status?: number;
  message: string;
}

const MALFORMED_HEADERS: Array<[string, string]> = [
  ['a Basic header', 'Basic YWRhOmFkYQ=='],
  ['"Bearer" without a key', 'Bearer'],
  ['a key without "Bearer"', 'cg_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ['two words after "Bearer"', 'Bearer cg_a cg_b'],
];
const NOT_A_KEY = 'The API key is unknown or revoked';

/**
 * The refusals a protected operation must make: no key, each malformed header, a key that is
 * not ours (in our format or not), a revoked key (an admin's, so that only the revocation can
 * refuse it), and every role below the one it needs.
 */
function refusalsOf({ name, role, query }: (typeof PROTECTED)[number]): Refusal[] {
  const row = (caller: string, credential: Credential, code: Refusal['code'], message: string, status?: number): Refusal => ({
    operation: name,
    query,
    caller,
    credential,
    code,
    message,
    status,
  });
  return [
    row('no key', () => ({}), 'UNAUTHENTICATED', `${name} needs an API key with role ${role} or higher`),
    ...MALFORMED_HEADERS.map(([what, header]) =>
      row(`a malformed header (${what})`, () => ({ authorization: header }), 'UNAUTHENTICATED', 'The Authorization header must be "Bearer <API key>"', 401),
    ),
    row('a key not in our format', () => ({ authorization: 'Bearer not-a-key' }), 'UNAUTHENTICATED', NOT_A_KEY, 401),
    row('an unknown key in our format', () => ({ authorization: 'Bearer cg_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }), 'UNAUTHENTICATED', NOT_A_KEY, 401),
    row('a revoked ADMIN key', (keys) => keys.revokedAdmin, 'UNAUTHENTICATED', NOT_A_KEY, 401),
    ...BELOW[role].map((lower) => row(`${lower === 'EDITOR' ? 'an' : 'a'} ${lower} key`, (keys) => keys[KEY_OF_ROLE[lower]], 'FORBIDDEN', `${name} needs role ${role} or higher; this key has ${lower}`)),
  ];
}

const REFUSALS = PROTECTED.flatMap(refusalsOf);

describe('access control', () => {
  let graph: TestApi['graph'];
  let close: () => Promise<void>;
  let server: TestServer;
  let keys: TestKeys & { revokedAdmin: Record<string, string> };
  beforeAll(async () => {
    let base: TestKeys;
    ({ graph, server, keys: base, close } = await startTestApi());
    const service = new ApiKeyService(graph);
    const { key, record } = await service.create('revoked-admin', Role.ADMIN, operatorActor('test'));
    await service.revoke(record.id, operatorActor('test'));
    keys = { ...base, revokedAdmin: { authorization: `Bearer ${key}` } };
  });
  afterAll(() => close());

  it('covers every operation the schema says needs a role', () => {
    const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema', 'schema.graphql'), 'utf8'));
    const needs: Record<string, string> = {};
    for (const type of [schema.getQueryType(), schema.getMutationType()] as GraphQLObjectType[]) {
      for (const field of Object.values(type.getFields())) {
        const role = /Needs (FACT_CHECKER|EDITOR|ADMIN)\b/.exec(field.description ?? '')?.[1];
        if (role) needs[field.name] = role;
      }
    }
    expect(Object.fromEntries(PROTECTED.map((p) => [p.name, p.role]))).toEqual(needs);
  });

  it.each(REFUSALS)('$operation refuses $caller: $code', async ({ query, credential, code, status, message }) => {
    const response = await server.graphql(query, undefined, credential(keys));
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.body.errors?.[0]?.message).toContain(message);
    if (status) expect(response.status).toBe(status);
  });

  it.each(PROTECTED)('$name serves a key of role $role (the refusals above are about the key, not the call)', async ({ query, role }) => {
    const { body } = await server.graphql(query, undefined, keys[KEY_OF_ROLE[role]]);
    const code = body.errors?.[0]?.extensions?.code;
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).not.toContain(code);
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

  describe('the audit trail of keys', () => {
    const events = async (action: string, targetId: string) => {
      const { body } = await server.graphql<any>(
        'query($a: String, $t: ID) { auditTrail(action: $a, targetId: $t) { edges { node { action keyName role targetId details } } } }',
        { a: action, t: targetId },
        keys.admin,
      );
      return body.data.auditTrail.edges.map((e: any) => e.node);
    };

    it('records who revoked a key, once however often it is revoked', async () => {
      const created = await server.graphql<any>('mutation { createApiKey(name: "short-lived", role: EDITOR) { apiKey { id } } }', undefined, keys.admin);
      const id = created.body.data.createApiKey.apiKey.id as string;
      await server.graphql(`mutation { revokeApiKey(id: "${id}") { revokedAt } }`, undefined, keys.admin);
      await server.graphql(`mutation { revokeApiKey(id: "${id}") { revokedAt } }`, undefined, keys.admin);
      const revoked = await events('revokeApiKey', id);
      expect(revoked).toHaveLength(1);
      expect(revoked[0]).toMatchObject({ action: 'revokeApiKey', keyName: 'ada-admin', role: 'ADMIN', targetId: id });
      expect(JSON.parse(revoked[0].details)).toEqual({ name: 'short-lived', role: 'EDITOR' });
    });

    it('records keys created and revoked with `npm run keys` under the operator\'s login', async () => {
      const target = testNeo4jTarget();
      // Asynchronously: a blocked event loop would let the server's idle keep-alive sockets go stale.
      const run = (...args: string[]) =>
        promisify(execFile)(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'src', 'cli', 'keys.ts'), ...args], {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 60_000,
          env: { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, LOG_LEVEL: 'silent' },
        });
      const created = await run('create', '--role', 'FACT_CHECKER', '--name', 'from-the-shell');
      const id = /\(id ([0-9a-f-]{36})\)/.exec(created.stderr)?.[1] as string;
      await run('revoke', id);

      const operator = `cli:${userInfo().username}`;
      expect(await events('createApiKey', id)).toEqual([
        { action: 'createApiKey', keyName: operator, role: null, targetId: id, details: JSON.stringify({ name: 'from-the-shell', role: 'FACT_CHECKER' }) },
      ]);
      expect(await events('revokeApiKey', id)).toEqual([expect.objectContaining({ action: 'revokeApiKey', keyName: operator, targetId: id })]);
    });

    it('refuses a key that is not in our format without asking the database', async () => {
      const queries: string[] = [];
      const stop = graph.onQuery((name) => queries.push(name));
      try {
        await server.graphql('{ version }', undefined, { authorization: 'Bearer not-a-key' });
        await server.graphql('{ version }', undefined, { authorization: `Bearer cg_${'A'.repeat(5000)}` });
      } finally {
        stop();
      }
      expect(queries).toEqual([]);
    });
  });
});
