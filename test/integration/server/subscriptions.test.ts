import { Graph, type GraphTx } from '../../../src/db/graph';
import type { EventPublisher, GraphEvent } from '../../../src/events/graph-events';
import { startTestApi, type TestApi } from '../../helpers/api';
import { countOf } from '../../helpers/graph';
import { liveClient, subscriptionSettled, type LiveClient } from '../../helpers/live-client';
import { startTestServer } from '../../helpers/server';
import { BELARUS_THREAT, referenceCuratedInput } from '../../fixtures/reference-article';
import { ingestServiceOn } from '../../helpers/ingest';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes are asserted, not typed

const STATEMENT_ADDED = 'subscription($f: StatementAddedFilter) { statementAdded(filter: $f) { id quote kind speaker { id name } via { name } article { id } } }';
const CLAIM_COUNTERED = 'subscription($c: ID) { claimCountered(claimId: $c) { from { id text } to { id text } relation confidence by } }';
const REBUTTAL_ADDED = 'subscription($c: ID) { rebuttalAdded(claimId: $c) { id verdict summary author claim { id text } } }';
const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { statements article { id } } }';

/** A second article that repeats the Belarus-threat claim and has Kovalenko counter it again. */
const FOLLOW_UP = {
  text: 'The Russian media claim that Belarus poses a great threat. Andriy Kovalenko said the reports were false.',
  outlet: 'The Kyiv Independent',
  statements: [
    { speaker: 'the Russian media', speakerType: 'OUTLET', kind: 'INDIRECT', cue: 'claim', quote: 'Belarus poses a great threat', claim: BELARUS_THREAT },
    { speaker: 'Andriy Kovalenko', kind: 'INDIRECT', cue: 'said', quote: 'the reports were false', counters: [BELARUS_THREAT] },
  ],
};

/**
 * Live updates over graphql-ws on the API's own port and path, with the in-process event bus:
 * each write is announced once committed, to the subscribers whose filter it matches.
 */
describe('subscriptions (in-process event bus)', () => {
  let api: TestApi;
  let live: LiveClient;
  const q = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Json> => {
    const { body } = await api.server.graphql<Json>(query, variables, headers);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    api = await startTestApi();
    live = liveClient(api.server.url);
  });
  afterAll(async () => {
    await live.dispose();
    await api.close();
  });

  describe('statementAdded', () => {
    let all: Json[];
    let stored: number;
    let kovalenko: Json[];
    let threat: Json[];
    let outlets: { unn: Json[]; nyt: Json[] };
    let ids: { kovalenko: string; threat: string };

    beforeAll(async () => {
      const everything = live.subscribe(STATEMENT_ADDED);
      const viaUnn = live.subscribe(STATEMENT_ADDED, { f: { outlet: 'unn' } });
      const nyt = live.subscribe(STATEMENT_ADDED, { f: { outlet: 'new york times' } });
      await subscriptionSettled();
      stored = (await q(INGEST, { input: referenceCuratedInput() }, api.keys.editor)).ingestArticle.statements;
      all = await everything.waitFor(stored);
      outlets = { unn: await viaUnn.waitFor(stored), nyt: nyt.results.slice() };

      const found = await q(`{ actors(search: "Kovalenko") { edges { node { id } } } claims(search: "${BELARUS_THREAT}", first: 1) { edges { node { id text } } } }`);
      ids = { kovalenko: found.actors.edges[0].node.id, threat: found.claims.edges[0].node.id };
      expect(found.claims.edges[0].node.text).toBe(BELARUS_THREAT);
      const bySpeaker = live.subscribe(STATEMENT_ADDED, { f: { speakerId: ids.kovalenko } });
      const byClaim = live.subscribe(STATEMENT_ADDED, { f: { claimId: ids.threat } });
      await subscriptionSettled();
      await q(INGEST, { input: FOLLOW_UP }, api.keys.editor);
      await everything.waitFor(stored + 2);
      kovalenko = await bySpeaker.waitFor(1);
      threat = await byClaim.waitFor(1);
    });

    it('announces every statement an ingest writes, readable like any Statement', () => {
      expect(all.length).toBe(stored);
      expect(all.every((r: Json) => r.errors === undefined)).toBe(true);
      const peskov = all.map((r: Json) => r.data.statementAdded).find((s: Json) => s.speaker?.name === 'Dmitry Peskov' && s.kind === 'INDIRECT');
      expect(peskov.via.map((a: Json) => a.name)).toEqual(['the Russian media', 'UNN']);
      expect(peskov.article.id).toEqual(expect.any(String));
    });

    it('filters by outlet: every statement of the article UNN published for "unn", none for "new york times"', () => {
      expect(outlets.unn.length).toBe(stored);
      expect(outlets.nyt).toEqual([]);
    });

    it('filters by speakerId: only Kovalenko’s statement of the follow-up article', async () => {
      await subscriptionSettled();
      expect(kovalenko.map((r: Json) => r.data.statementAdded.quote)).toEqual(['the reports were false']);
      expect(kovalenko[0].data.statementAdded.speaker.id).toBe(ids.kovalenko);
    });

    it('filters by claimId: only the statement repeating the Belarus-threat claim', async () => {
      await subscriptionSettled();
      expect(threat.map((r: Json) => r.data.statementAdded.quote)).toEqual(['Belarus poses a great threat']);
    });
  });

  describe('claimCountered and rebuttalAdded', () => {
    let claims: { threat: string; equipment: string; other: string };
    beforeAll(async () => {
      const found = await q('{ claims(first: 100) { edges { node { id text } } } }');
      const byText = (pattern: RegExp) => found.claims.edges.map((e: Json) => e.node).find((c: Json) => pattern.test(c.text)).id;
      claims = { threat: byText(/^Belarus poses a great threat$/), equipment: byText(/Russian equipment/), other: byText(/Putin will visit Belarus/) };
    });

    it('announces a COUNTERS link from linkClaims, to subscribers of the countered claim only', async () => {
      const forThreat = live.subscribe(CLAIM_COUNTERED, { c: claims.threat });
      const forEquipment = live.subscribe(CLAIM_COUNTERED, { c: claims.equipment });
      await subscriptionSettled();
      await q(
        'mutation($f: ID!, $t: ID!) { linkClaims(input: {fromClaimId: $f, toClaimId: $t, relation: COUNTERS}) { relation } }',
        { f: claims.other, t: claims.threat },
        api.keys.factChecker,
      );
      const [event] = await forThreat.waitFor(1);
      expect(event.data.claimCountered).toMatchObject({ from: { id: claims.other }, to: { id: claims.threat, text: BELARUS_THREAT }, relation: 'COUNTERS', confidence: 1, by: 'curator:fiona-factchecker' });
      await subscriptionSettled();
      expect(forEquipment.results).toEqual([]);
    });

    it('announces a COUNTERS link an ingest makes', async () => {
      const countered = live.subscribe(CLAIM_COUNTERED, { c: claims.threat });
      await subscriptionSettled();
      await q(INGEST, { input: { ...FOLLOW_UP, text: `${FOLLOW_UP.text} Again.` } }, api.keys.editor);
      const [event] = await countered.waitFor(1);
      expect(event.data.claimCountered.to.id).toBe(claims.threat);
      expect(event.data.claimCountered.by).toBe('curator:ed-editor');
    });

    it('does not announce a SUPPORTS link as countering', async () => {
      const countered = live.subscribe(CLAIM_COUNTERED);
      await subscriptionSettled();
      await q('mutation($f: ID!, $t: ID!) { linkClaims(input: {fromClaimId: $f, toClaimId: $t, relation: SUPPORTS}) { relation } }', { f: claims.equipment, t: claims.other }, api.keys.factChecker);
      await subscriptionSettled();
      expect(countered.results).toEqual([]);
    });

    it('announces each rebuttal a fact-checker adds', async () => {
      const rebuttals = live.subscribe(REBUTTAL_ADDED);
      const elsewhere = live.subscribe(REBUTTAL_ADDED, { c: claims.other });
      await subscriptionSettled();
      const added = await q(
        'mutation($c: ID!) { addRebuttal(input: {claimId: $c, verdict: MISLEADING, summary: "The border is calm."}) { id } }',
        { c: claims.threat },
        api.keys.factChecker,
      );
      const [event] = await rebuttals.waitFor(1);
      expect(event.data.rebuttalAdded).toEqual({
        id: added.addRebuttal.id,
        verdict: 'MISLEADING',
        summary: 'The border is calm.',
        author: 'fiona-factchecker',
        claim: { id: claims.threat, text: BELARUS_THREAT },
      });
      expect(elsewhere.results).toEqual([]);
    });
  });

  describe('only committed writes', () => {
    /** The real graph, whose write transactions do all their work and are then rolled back. */
    class RollingBackGraph extends Graph {
      override writeTransaction<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
        return super.writeTransaction(async (tx) => {
          await work(tx);
          throw new Error('rolled back on purpose');
        });
      }
    }

    it('announces nothing for a write that rolls back', async () => {
      const heard: GraphEvent[] = [];
      const events: EventPublisher = { publish: (event) => heard.push(event) };
      const graph = new RollingBackGraph(api.graph.driver, api.graph.registry, api.graph.database);
      const service = ingestServiceOn(graph, { events });
      const articles = await countOf(api.graph, 'MATCH (a:Article) RETURN count(a)');
      await expect(service.ingest({ text: 'The minister said that the rollback works.' }, null)).rejects.toThrow('rolled back on purpose');
      expect(await countOf(api.graph, 'MATCH (a:Article) RETURN count(a)')).toBe(articles);
      expect(heard).toEqual([]);
    });

    it('announces a statement only when it can already be read', async () => {
      const seen: boolean[] = [];
      const reads: Array<Promise<void>> = [];
      const events: EventPublisher = {
        publish: (event) => {
          if (event.topic !== 'claimgraph.statementAdded') return;
          const id = event.payload.statement.id;
          reads.push(countOf(api.graph, `MATCH (s:Statement {id: '${id}'}) RETURN count(s)`).then((n) => void seen.push(n === 1)));
        },
      };
      const service = ingestServiceOn(api.graph, { events });
      await service.ingest({ text: 'The minister said that the commit comes first.' }, null);
      await Promise.all(reads);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every(Boolean)).toBe(true);
    });
  });

  describe('connections', () => {
    it('refuses queries and mutations over WebSocket: they go over HTTP', async () => {
      const query = live.subscribe('{ version }');
      await expect(query.waitFor(1)).rejects.toBeDefined();
      expect(JSON.stringify(query.error())).toMatch(/Only subscriptions are served over WebSocket/);
    });

    it('refuses an unknown key with close code 4401 and the reason', async () => {
      const client = liveClient(api.server.url, 'Bearer not-a-key');
      client.subscribe(REBUTTAL_ADDED);
      expect(await client.closed()).toEqual({ code: 4401, reason: 'The API key is unknown or revoked' });
      await client.dispose();
    });

    it('with READ_ACCESS=key, refuses a connection without a key and accepts one with a key', async () => {
      const locked = await startTestServer(api.graph, 'bolt://test', { READ_ACCESS: 'key' });
      try {
        const anonymous = liveClient(locked.url);
        anonymous.subscribe(REBUTTAL_ADDED);
        expect((await anonymous.closed()).code).toBe(4401);
        await anonymous.dispose();

        const keyed = liveClient(locked.url, api.keys.factChecker.authorization);
        const rebuttals = keyed.subscribe(REBUTTAL_ADDED);
        await subscriptionSettled();
        const claim = (await q('{ claims(first: 1) { edges { node { id } } } }')).claims.edges[0].node.id;
        const added = await locked.graphql<Json>('mutation($c: ID!) { addRebuttal(input: {claimId: $c, verdict: FALSE, summary: "No."}) { id } }', { c: claim }, api.keys.factChecker);
        expect(added.body.errors).toBeUndefined();
        expect((await rebuttals.waitFor(1))[0].data.rebuttalAdded.verdict).toBe('FALSE');
        await keyed.dispose();
      } finally {
        await locked.close();
      }
    });

    it('closes live connections when the server shuts down ("going away")', async () => {
      const server = await startTestServer(api.graph);
      const client = liveClient(server.url);
      client.subscribe(REBUTTAL_ADDED);
      await subscriptionSettled();
      await server.close();
      expect((await client.closed()).code).toBe(1001);
      await client.dispose();
    });
  });
});
