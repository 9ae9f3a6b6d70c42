import { Role } from '../../../src/model/enums';
import { REVOKED_KEY_REASON } from '../../../src/server/revoked-key-watch';
import { ApiKeyService } from '../../../src/services/api-key.service';
import { operatorActor } from '../../../src/cli/operator';
import { startTestApi, type TestApi } from '../../helpers/api';
import { liveClient, subscriptionSettled, type LiveClient } from '../../helpers/live-client';
import { BELARUS_THREAT, referenceCuratedInput } from '../../fixtures/reference-article';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes are asserted, not typed

/** Short here, so the test waits little; the default is 30 s. */
const CHECK_MS = 300;
const REBUTTAL_ADDED = 'subscription($c: ID) { rebuttalAdded(claimId: $c) { id } }';

/**
 * A WebSocket authenticates once, when it opens; a key revoked while it is open must not keep
 * receiving events. Its connections are closed with 4401 within LIVE_KEY_CHECK_MS, whoever
 * revoked it (an admin through the API, or `npm run keys` from another process: here the
 * service, as the CLI calls it), against the real server and Neo4j.
 */
describe('a live connection whose API key is revoked', () => {
  let api: TestApi;
  let keys: ApiKeyService;
  let threat: string;
  const clients: LiveClient[] = [];
  const connect = (authorization?: string) => {
    const client = liveClient(api.server.url, authorization);
    clients.push(client);
    return client;
  };
  const newKey = () => keys.create(`live-${clients.length}`, Role.FACT_CHECKER, operatorActor('test'));
  const addRebuttal = async () => {
    const { body } = await api.server.graphql<Json>('mutation($c: ID!) { addRebuttal(input: {claimId: $c, verdict: FALSE, summary: "Calm border."}) { id } }', { c: threat }, api.keys.factChecker);
    expect(body.errors).toBeUndefined();
  };

  beforeAll(async () => {
    api = await startTestApi({ LIVE_KEY_CHECK_MS: String(CHECK_MS) });
    keys = new ApiKeyService(api.graph);
    await api.server.graphql('mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }', { input: referenceCuratedInput() }, api.keys.editor);
    const claims = await api.server.graphql<Json>('query($s: String!) { claims(search: $s) { edges { node { id text } } } }', { s: BELARUS_THREAT });
    threat = claims.body.data.claims.edges.map((e: Json) => e.node).find((c: Json) => c.text === BELARUS_THREAT).id;
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api.close();
  });

  it('is closed with 4401 within the check interval of the revocation, and hears nothing more', async () => {
    const { key, record } = await newKey();
    const client = connect(`Bearer ${key}`);
    const live = client.subscribe(REBUTTAL_ADDED, { c: threat });
    await subscriptionSettled();
    await addRebuttal();
    await live.waitFor(1);

    const revokedAt = Date.now();
    await keys.revoke(record.id, operatorActor('test'));
    const closed = await client.closed();
    const within = Date.now() - revokedAt;
    await addRebuttal();
    await subscriptionSettled();

    expect(closed).toEqual({ code: 4401, reason: REVOKED_KEY_REASON });
    expect(within).toBeLessThan(CHECK_MS + 2_000);
    expect(live.results).toHaveLength(1);
  });

  it('closes every connection of the revoked key, and only those', async () => {
    const revoked = await newKey();
    const kept = await newKey();
    const first = connect(`Bearer ${revoked.key}`);
    const second = connect(`Bearer ${revoked.key}`);
    const other = connect(`Bearer ${kept.key}`);
    const anonymous = connect();
    const heard = [other, anonymous].map((client) => client.subscribe(REBUTTAL_ADDED, { c: threat }));
    for (const client of [first, second]) client.subscribe(REBUTTAL_ADDED, { c: threat });
    await subscriptionSettled();

    await keys.revoke(revoked.record.id, operatorActor('test'));

    expect((await first.closed()).code).toBe(4401);
    expect((await second.closed()).code).toBe(4401);
    // Several checks later, the others still hear events.
    await new Promise((resolve) => setTimeout(resolve, 3 * CHECK_MS));
    await addRebuttal();
    for (const subscription of heard) expect(await subscription.waitFor(1)).toHaveLength(1);
  });

  it('refuses the revoked key when the client connects again', async () => {
    const { key, record } = await newKey();
    await keys.revoke(record.id, operatorActor('test'));

    const again = connect(`Bearer ${key}`);

    expect(await again.closed()).toEqual({ code: 4401, reason: 'The API key is unknown or revoked' });
  });
});
