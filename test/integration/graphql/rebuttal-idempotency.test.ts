import { randomUUID } from 'node:crypto';
import { LIMITS } from '../../../src/limits';
import { startTestApi, type TestApi } from '../../helpers/api';
import { countOf } from '../../helpers/graph';
import { createTestKeys } from '../../helpers/keys';
import { liveClient, subscriptionSettled, type LiveClient } from '../../helpers/live-client';
import { BELARUS_THREAT, referenceCuratedInput } from '../../fixtures/reference-article';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes are asserted, not typed

const ADD = 'mutation($input: AddRebuttalInput!) { addRebuttal(input: $input) { id verdict summary evidenceUrls author createdAt claim { id } } }';
const REBUTTAL_ADDED = 'subscription($c: ID) { rebuttalAdded(claimId: $c) { id } }';

/**
 * addRebuttal with `clientRequestId`: a client that retries after UNAVAILABLE (or an answer lost
 * on the way back) gets the first rebuttal again, not a second one, against the real Neo4j.
 */
describe('addRebuttal with an idempotency key', () => {
  let api: TestApi;
  let live: LiveClient;
  let threat: string;

  const add = async (input: Record<string, unknown>, key: Record<string, string> = api.keys.factChecker): Promise<Json> =>
    (await api.server.graphql<Json>(ADD, { input }, key)).body;
  const rebuttalsWith = (clientRequestId: string) => countOf(api.graph, `MATCH (r:Rebuttal {clientRequestId: '${clientRequestId}'}) RETURN count(r)`);
  const auditEventsOf = (rebuttalId: string) => countOf(api.graph, `MATCH (e:AuditEvent {action: 'addRebuttal', targetId: '${rebuttalId}'}) RETURN count(e)`);
  const verdict = (clientRequestId: string) => ({ claimId: threat, verdict: 'MISLEADING', summary: 'The border is calm.', evidenceUrls: ['https://example.org/a'], clientRequestId });

  beforeAll(async () => {
    api = await startTestApi();
    live = liveClient(api.server.url);
    const ingested = await api.server.graphql<Json>('mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }', { input: referenceCuratedInput() }, api.keys.editor);
    expect(ingested.body.errors).toBeUndefined();
    const claims = await api.server.graphql<Json>('query($s: String!) { claims(search: $s) { edges { node { id text } } } }', { s: BELARUS_THREAT });
    threat = claims.body.data.claims.edges.map((e: Json) => e.node).find((c: Json) => c.text === BELARUS_THREAT).id;
  });
  afterAll(async () => {
    await live.dispose();
    await api.close();
  });

  it('answers a retry with the first rebuttal, storing, auditing and announcing it once', async () => {
    const announced = live.subscribe(REBUTTAL_ADDED, { c: threat });
    await subscriptionSettled();
    const id = randomUUID();

    const first = await add(verdict(id));
    const retry = await add(verdict(id));

    expect(first.errors).toBeUndefined();
    expect(retry).toEqual(first);
    expect(await rebuttalsWith(id)).toBe(1);
    expect(await auditEventsOf(first.data.addRebuttal.id)).toBe(1);
    await announced.waitFor(1);
    await subscriptionSettled();
    expect(announced.results.map((r) => r.data.rebuttalAdded.id)).toEqual([first.data.addRebuttal.id]);
  });

  it('stores one rebuttal when two calls with the same key race', async () => {
    const id = randomUUID();
    const answers = await Promise.all(Array.from({ length: 6 }, () => add(verdict(id))));

    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((a) => a.data.addRebuttal.id)).size).toBe(1);
    expect(await rebuttalsWith(id)).toBe(1);
    expect(await auditEventsOf(answers[0].data.addRebuttal.id)).toBe(1);
  });

  it('refuses the same key with a different body, naming clientRequestId, and stores nothing more', async () => {
    const id = randomUUID();
    const first = await add(verdict(id));

    const changed = await add({ ...verdict(id), summary: 'Something else entirely.' });

    expect(changed.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clientRequestId' });
    expect(changed.errors[0].message).toContain(`input.clientRequestId: was already used by this key for a different rebuttal (${first.data.addRebuttal.id})`);
    expect(await rebuttalsWith(id)).toBe(1);
  });

  it('keeps each API key’s ids apart: another fact-checker’s same id is another rebuttal', async () => {
    const other = await createTestKeys(api.graph);
    const id = 'request-1';

    const mine = await add(verdict(id));
    const theirs = await add(verdict(id), other.factChecker);

    expect(theirs.errors).toBeUndefined();
    expect(theirs.data.addRebuttal.id).not.toBe(mine.data.addRebuttal.id);
    expect(await rebuttalsWith(id)).toBe(2);
  });

  it('stores a rebuttal per call without a key, as before', async () => {
    const before = await countOf(api.graph, 'MATCH (r:Rebuttal) RETURN count(r)');
    const input = { claimId: threat, verdict: 'FALSE', summary: 'No key sent.' };

    await add(input);
    await add(input);

    expect(await countOf(api.graph, 'MATCH (r:Rebuttal) RETURN count(r)')).toBe(before + 2);
  });

  it('accepts an id of up to the limit’s length in letters, digits and . _ : -', async () => {
    const longest = `${'a'.repeat(LIMITS.MAX_CLIENT_REQUEST_ID_LENGTH - 8)}.b_c:d-9`;
    expect(longest).toHaveLength(LIMITS.MAX_CLIENT_REQUEST_ID_LENGTH);
    expect((await add(verdict(longest))).errors).toBeUndefined();
  });

  it.each([
    ['an empty id', '', 'input.clientRequestId: must not be empty'],
    ['an id one character over the limit', 'a'.repeat(LIMITS.MAX_CLIENT_REQUEST_ID_LENGTH + 1), `input.clientRequestId: must be at most ${LIMITS.MAX_CLIENT_REQUEST_ID_LENGTH} characters (got ${LIMITS.MAX_CLIENT_REQUEST_ID_LENGTH + 1})`],
    ['an id with a space', 'retry 1', 'input.clientRequestId: may hold only letters, digits'],
    ['an id with a quote', "o'clock", 'input.clientRequestId: may hold only letters, digits'],
  ])('refuses %s as BAD_USER_INPUT naming the field, storing nothing', async (_case, clientRequestId, message) => {
    const before = await countOf(api.graph, 'MATCH (r:Rebuttal) RETURN count(r)');

    const body = await add(verdict(clientRequestId));

    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clientRequestId' });
    expect(body.errors[0].message).toContain(message);
    expect(await countOf(api.graph, 'MATCH (r:Rebuttal) RETURN count(r)')).toBe(before);
  });
});
