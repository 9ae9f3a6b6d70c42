import type { TestKeys } from '../../helpers/keys';
import { startTestApi, type TestApi } from '../../helpers/api';
import type { TestServer } from '../../helpers/server';
import { BELARUS_THREAT, referenceCuratedInput } from '../../fixtures/reference-article';

describe('curation: rebuttals, claim links, merges, aliases, corrections, ClaimReview', () => {
  let graph: TestApi['graph'];
  let close: () => Promise<void>;
  let server: TestServer;
  let keys: TestKeys;
  const ids: Record<string, string> = {};

  // Responses are asserted field by field, so they are read untyped.
  const q = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<any> => {
    const { body } = await server.graphql<any>(query, variables, headers);
    return body;
  };
  const claimId = async (text: string) =>
    (await q('query($s: String) { claims(search: $s) { edges { node { id text } } } }', { s: text })).data.claims.edges.find(
      (e: any) => e.node.text === text,
    ).node.id as string;
  const actorId = async (name: string) =>
    (await q('query($s: String) { actors(search: $s) { edges { node { id name } } } }', { s: name })).data.actors.edges.find(
      (e: any) => e.node.name === name,
    ).node.id as string;

  beforeAll(async () => {
    ({ graph, server, keys, close } = await startTestApi());
    await q('mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }', { input: referenceCuratedInput() }, keys.editor);
    ids.threat = await claimId(BELARUS_THREAT);
    ids.meeting = await claimId('Putin will meet Alexander Lukashenko in Minsk on Thursday evening');
  });
  afterAll(() => close());

  describe('addRebuttal', () => {
    it('stores the verdict with its author and shows it on the claim', async () => {
      const body = await q(
        'mutation($c: ID!) { addRebuttal(input: {claimId: $c, verdict: MISLEADING, label: "Overblown", summary: " Border is calm. ", evidenceUrls: ["https://example.org/a"]}) { id verdict label summary evidenceUrls author } }',
        { c: ids.threat },
        keys.factChecker,
      );
      expect(body.data.addRebuttal).toMatchObject({
        verdict: 'MISLEADING',
        label: 'Overblown',
        summary: 'Border is calm.',
        evidenceUrls: ['https://example.org/a'],
        author: 'fiona-factchecker',
      });
      const claim = await q('query($id: ID!) { claim(id: $id) { rebuttals { verdict author } } }', { id: ids.threat });
      expect(claim.data.claim.rebuttals).toEqual([{ verdict: 'MISLEADING', author: 'fiona-factchecker' }]);
    });

    it('answers NOT_FOUND, naming the field, for an unknown claim', async () => {
      const body = await q('mutation { addRebuttal(input: {claimId: "nope", verdict: FALSE, summary: "s"}) { id } }', undefined, keys.factChecker);
      expect(body.errors[0]).toMatchObject({ message: 'input.claimId: Claim "nope" does not exist', extensions: { code: 'NOT_FOUND' } });
    });

    it('refuses an empty summary and a verdict outside the enum', async () => {
      const empty = await q('mutation($c: ID!) { addRebuttal(input: {claimId: $c, verdict: FALSE, summary: "  "}) { id } }', { c: ids.threat }, keys.factChecker);
      expect(empty.errors[0]).toMatchObject({ message: 'input.summary: must not be empty', extensions: { code: 'BAD_USER_INPUT' } });
      const verdict = await q('mutation($c: ID!) { addRebuttal(input: {claimId: $c, verdict: WRONG, summary: "s"}) { id } }', { c: ids.threat }, keys.factChecker);
      expect(verdict.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('ClaimReview', () => {
    it('publishes each rebuttal as schema.org ClaimReview JSON-LD', async () => {
      const response = await fetch(`${server.url}/claims/${ids.threat}/claimreview.jsonld`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/ld+json');
      const [review] = (await response.json()) as any[];
      expect(review).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: BELARUS_THREAT,
        author: { '@type': 'Organization', name: 'fiona-factchecker' },
        reviewRating: { '@type': 'Rating', ratingValue: 2, alternateName: 'Overblown', bestRating: 5, worstRating: 1 },
        itemReviewed: { '@type': 'Claim' },
      });
      expect(review.datePublished).toEqual(expect.any(String));
      expect(review.url).toBe(`${server.url}/claims/${ids.threat}`);
      expect(review['@id']).toMatch(new RegExp(`^${server.url}/claims/${ids.threat}/claimreview.jsonld#`));
    });

    it('names the claim’s speaker as its author and the articles as its appearances', async () => {
      const meeting = await fetch(`${server.url}/claims/${ids.meeting}/claimreview.jsonld`);
      expect(await meeting.json()).toEqual([]); // no rebuttal yet
      await q('mutation($c: ID!) { addRebuttal(input: {claimId: $c, verdict: TRUE, summary: "It happened."}) { id } }', { c: ids.meeting }, keys.factChecker);
      const [review] = (await (await fetch(`${server.url}/claims/${ids.meeting}/claimreview.jsonld`)).json()) as any[];
      expect(review.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Dmitry Peskov', alternateName: ['Peskov'] });
      expect(review.itemReviewed.appearance).toEqual([
        {
          '@type': 'CreativeWork',
          url: 'https://unn.ua/en/news/putin-visit-belarus',
          headline: 'Putin to visit Belarus on May 23',
          datePublished: '2024-05-23T00:00:00.000Z',
          publisher: { '@type': 'Organization', name: 'UNN' },
        },
      ]);
      expect(review.reviewRating).toMatchObject({ ratingValue: 5, alternateName: 'True' });
    });

    it('answers 404 for an unknown claim', async () => {
      expect((await fetch(`${server.url}/claims/nope/claimreview.jsonld`)).status).toBe(404);
    });
  });

  describe('linkClaims', () => {
    it('links two claims as a curator, with confidence 1', async () => {
      const body = await q(
        'mutation($a: ID!, $b: ID!) { linkClaims(input: {fromClaimId: $a, toClaimId: $b, relation: SUPPORTS}) { relation confidence by from { id } to { id } } }',
        { a: ids.meeting, b: ids.threat },
        keys.factChecker,
      );
      expect(body.data.linkClaims).toEqual({ relation: 'SUPPORTS', confidence: 1, by: 'curator:fiona-factchecker', from: { id: ids.meeting }, to: { id: ids.threat } });
      const claim = await q('query($id: ID!) { claim(id: $id) { supportedBy { id } } }', { id: ids.threat });
      expect(claim.data.claim.supportedBy).toContainEqual({ id: ids.meeting });
    });

    it('refuses to link a claim to itself', async () => {
      const body = await q('mutation($a: ID!) { linkClaims(input: {fromClaimId: $a, toClaimId: $a, relation: COUNTERS}) { by } }', { a: ids.threat }, keys.factChecker);
      expect(body.errors[0]).toMatchObject({ message: 'input.toClaimId: must differ from input.fromClaimId', extensions: { code: 'BAD_USER_INPUT' } });
    });

    // Found by the fuzzer: an empty id was "found" (the check took the empty string for "none
    // missing"), and the link's missing row became an internal error.
    it('answers NOT_FOUND for an empty claim id, not an internal error', async () => {
      const body = await q('mutation($a: ID!) { linkClaims(input: {fromClaimId: "", toClaimId: $a, relation: COUNTERS}) { by } }', { a: ids.threat }, keys.factChecker);
      expect(body.errors[0]).toMatchObject({ message: 'input.fromClaimId/toClaimId: Claim "" does not exist', extensions: { code: 'NOT_FOUND' } });
    });
  });

  describe('addAlias and mergeActors', () => {
    it('adds a spelling that search then finds', async () => {
      const kovalenko = await actorId('Andriy Kovalenko');
      const body = await q('mutation($id: ID!) { addAlias(actorId: $id, alias: "Andrii Kovalenko") { aliases } }', { id: kovalenko }, keys.editor);
      expect(body.data.addAlias.aliases).toContain('Andrii Kovalenko');
      expect(await actorId('Andriy Kovalenko')).toBe(kovalenko);
      const found = await q('{ actors(search: "andrii kovalenko") { edges { node { name } } } }');
      expect(found.data.actors.edges).toEqual([{ node: { name: 'Andriy Kovalenko' } }]);
    });

    it('merges a duplicate into the canonical actor: statements and spellings move, the duplicate is gone', async () => {
      await q(
        'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }',
        { input: { text: 'D. Peskov told reporters the talks went well.', statements: [{ speaker: 'D. Peskov', quote: 'the talks went well' }] } },
        keys.editor,
      );
      const duplicate = await actorId('D. Peskov');
      const canonical = await actorId('Dmitry Peskov');
      const body = await q('mutation($s: ID!, $t: ID!) { mergeActors(sourceId: $s, targetId: $t) { id name aliases statements { totalCount } } }', { s: duplicate, t: canonical }, keys.admin);
      expect(body.data.mergeActors).toMatchObject({ id: canonical, name: 'Dmitry Peskov', statements: { totalCount: 3 } });
      expect(body.data.mergeActors.aliases).toEqual(expect.arrayContaining(['Peskov', 'D. Peskov']));
      expect((await q('query($id: ID!) { actor(id: $id) { id } }', { id: duplicate })).data.actor).toBeNull();
    });

    it('refuses to merge an actor into itself or into one that does not exist', async () => {
      const canonical = await actorId('Dmitry Peskov');
      const self = await q('mutation($s: ID!) { mergeActors(sourceId: $s, targetId: $s) { id } }', { s: canonical }, keys.admin);
      expect(self.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const missing = await q('mutation($s: ID!) { mergeActors(sourceId: $s, targetId: "nope") { id } }', { s: canonical }, keys.admin);
      expect(missing.errors[0].extensions.code).toBe('NOT_FOUND');
      const empty = await q('mutation($s: ID!) { mergeActors(sourceId: $s, targetId: "") { id } }', { s: canonical }, keys.admin);
      expect(empty.errors[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('correctStatement', () => {
    it('changes speaker, kind, span and chain, marks the statement curated, and audits it', async () => {
      const statements = await q('{ statements(filter: {speaker: "Kremlin"}) { edges { node { id kind quote span { start end } } } } }');
      const target = statements.data.statements.edges.map((e: any) => e.node).find((s: any) => s.kind === 'DIRECT');
      const russia = await actorId('Russia');
      const unn = await actorId('UNN');
      const body = await q(
        'mutation($id: ID!, $input: CorrectStatementInput!) { correctStatement(id: $id, input: $input) { kind quote span { start end } speaker { name } via { name } curatedBy confidence } }',
        { id: target.id, input: { speakerId: russia, kind: 'MIXED', span: { start: target.span.start, end: target.span.start + 15 }, chain: [unn] } },
        keys.editor,
      );
      expect(body.data.correctStatement).toEqual({
        kind: 'MIXED',
        quote: target.quote.slice(0, 15),
        span: { start: target.span.start, end: target.span.start + 15 },
        speaker: { name: 'Russia' },
        via: [{ name: 'UNN' }],
        curatedBy: 'curator:ed-editor',
        confidence: 1,
      });
      const audit = await q('query($t: ID) { auditTrail(targetId: $t) { edges { node { action keyName } } } }', { t: target.id }, keys.admin);
      expect(audit.data.auditTrail.edges).toEqual([{ node: { action: 'correctStatement', keyName: 'ed-editor' } }]);
    });

    it('refuses a span outside the article and an empty correction', async () => {
      const statements = await q('{ statements(first: 1) { edges { node { id } } } }');
      const id = statements.data.statements.edges[0].node.id;
      const span = await q('mutation($id: ID!) { correctStatement(id: $id, input: {span: {start: 5, end: 999999}}) { id } }', { id }, keys.editor);
      expect(span.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.span' } });
      const empty = await q('mutation($id: ID!) { correctStatement(id: $id, input: {}) { id } }', { id }, keys.editor);
      expect(empty.errors[0].message).toContain('name at least one of');
      const missing = await q('mutation { correctStatement(id: "nope", input: {kind: DIRECT}) { id } }', undefined, keys.editor);
      expect(missing.errors[0].extensions.code).toBe('NOT_FOUND');
    });
  });
});
