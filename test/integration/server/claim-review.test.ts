import { startTestApi, type TestApi } from '../../helpers/api';
import { startTestServer, type TestServer } from '../../helpers/server';
import { BELARUS_THREAT, referenceCuratedInput } from '../../fixtures/reference-article';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes are asserted, not typed

const PUBLISHING = { PUBLIC_URL: 'https://claims.example.org/', PUBLISHER_NAME: 'Example Fact Check', PUBLISHER_URL: 'https://factcheck.example.org' };
const UNN_ARTICLE = {
  '@type': 'CreativeWork',
  url: 'https://unn.ua/en/news/putin-visit-belarus',
  headline: 'Putin to visit Belarus on May 23',
  datePublished: '2024-05-23T00:00:00.000Z',
  publisher: { '@type': 'Organization', name: 'UNN' },
};

/**
 * A ClaimReview a fact-checker can publish as it is: links under PUBLIC_URL, the publishing
 * organization as its author, and the claim's author and appearances filled in from the graph.
 */
describe('ClaimReview for publishing', () => {
  let api: TestApi;
  let publishing: TestServer;
  let threat: string;
  const q = async (server: TestServer, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Json> => {
    const { body } = await server.graphql<Json>(query, variables, headers);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const reviews = async (server: TestServer, claimId: string): Promise<Json[]> =>
    (await (await fetch(`${server.url}/claims/${claimId}/claimreview.jsonld`)).json()) as Json[];

  beforeAll(async () => {
    api = await startTestApi();
    publishing = await startTestServer(api.graph, 'bolt://test', PUBLISHING);
    await q(api.server, 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }', { input: referenceCuratedInput() }, api.keys.editor);
    threat = (await q(api.server, `{ claims(search: "${BELARUS_THREAT}", first: 1) { edges { node { id text } } } }`)).claims.edges[0].node.id;
    await q(api.server, 'mutation($c: ID!) { addRebuttal(input: {claimId: $c, verdict: MISLEADING, summary: "The border is calm."}) { id } }', { c: threat }, api.keys.factChecker);
  });
  afterAll(async () => {
    await publishing.close();
    await api.close();
  });

  it('names who put forward a claim no statement asserts: Russia, whose "Belarus is about to attack" supports the Belarus-threat claim', async () => {
    const [review] = await reviews(api.server, threat);
    expect(review.claimReviewed).toBe(BELARUS_THREAT);
    expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Russia' });
  });

  it('lists the article in which the Belarus-threat claim appeared, countered and supported, with its url, date and outlet', async () => {
    const [review] = await reviews(api.server, threat);
    expect(review.itemReviewed.appearance).toEqual([UNN_ARTICLE]);
    expect(review.itemReviewed.firstAppearance).toEqual(UNN_ARTICLE);
  });

  it('does not name those who counter the claim as its author', async () => {
    const [review] = await reviews(api.server, threat);
    expect(['Andriy Kovalenko', 'Andriy Yusov']).not.toContain(review.itemReviewed.author.name);
  });

  it('uses PUBLIC_URL for its links and the publishing organization as its author', async () => {
    const [review] = await reviews(publishing, threat);
    expect(review.url).toBe(`https://claims.example.org/claims/${threat}`);
    expect(review['@id']).toMatch(new RegExp(`^https://claims\\.example\\.org/claims/${threat}/claimreview\\.jsonld#`));
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example.org' });
  });

  it('links a claim to its JSON-LD: absolute under PUBLIC_URL, a path on the server otherwise', async () => {
    const query = 'query($id: ID!) { claim(id: $id) { claimReviewUrl } }';
    expect((await q(publishing, query, { id: threat })).claim.claimReviewUrl).toBe(`https://claims.example.org/claims/${threat}/claimreview.jsonld`);
    const path = (await q(api.server, query, { id: threat })).claim.claimReviewUrl;
    expect(path).toBe(`/claims/${threat}/claimreview.jsonld`);
    expect((await fetch(`${api.server.url}${path}`)).headers.get('content-type')).toContain('application/ld+json');
  });

  it('puts the most prominent speaker first when several assert a claim', async () => {
    const again = {
      text: 'Dmitry Peskov said that Putin will meet Alexander Lukashenko in Minsk on Thursday evening. Maria Zakharova said so too.',
      url: 'https://example.org/second',
      title: 'Second',
      outlet: 'TASS',
      publishedAt: '2024-05-24T00:00:00.000Z',
      statements: [
        { speaker: 'Maria Zakharova', quote: 'Maria Zakharova said so too', claim: 'Putin will meet Alexander Lukashenko in Minsk on Thursday evening' },
        { speaker: 'Dmitry Peskov', quote: 'Putin will meet Alexander Lukashenko in Minsk on Thursday evening', claim: 'Putin will meet Alexander Lukashenko in Minsk on Thursday evening' },
      ],
    };
    await q(api.server, 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }', { input: again }, api.keys.editor);
    const meeting = (await q(api.server, '{ claims(search: "Putin will meet Alexander Lukashenko in Minsk", first: 1) { edges { node { id speakers { name } } } } }')).claims.edges[0].node;
    expect(meeting.speakers.map((s: Json) => s.name)).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Maria Zakharova']));
    await q(api.server, 'mutation($c: ID!) { addRebuttal(input: {claimId: $c, verdict: TRUE, summary: "It happened."}) { id } }', { c: meeting.id }, api.keys.factChecker);
    const [review] = await reviews(api.server, meeting.id);
    expect(review.itemReviewed.author.name).toBe('Dmitry Peskov');
    expect(review.itemReviewed.appearance.map((a: Json) => a.url)).toEqual(['https://unn.ua/en/news/putin-visit-belarus', 'https://example.org/second']);
  });
});

describe('ClaimReview of the reference article ingested by the automatic extractor', () => {
  let api: TestApi;
  afterAll(() => api.close());

  it('lists the article as the appearance of the Belarus-threat claim, which only its counterclaims name', async () => {
    api = await startTestApi();
    const ingest = await api.server.graphql<Json>('mutation($t: String!) { ingestArticle(input: {text: $t, url: "https://unn.ua/x"}) { status } }', { t: referenceCuratedInput().text }, api.keys.editor);
    expect(ingest.body.errors).toBeUndefined();
    const found = await api.server.graphql<Json>(`{ claims(search: "${BELARUS_THREAT}", first: 5) { edges { node { id text statements { totalCount } } } } }`);
    const claim = found.body.data!.claims.edges.map((e: Json) => e.node).find((c: Json) => c.text === BELARUS_THREAT);
    expect(claim.statements.totalCount).toBe(0);
    await api.server.graphql('mutation($c: ID!) { addRebuttal(input: {claimId: $c, verdict: FALSE, summary: "No."}) { id } }', { c: claim.id }, api.keys.factChecker);
    const [review] = (await (await fetch(`${api.server.url}/claims/${claim.id}/claimreview.jsonld`)).json()) as Json[];
    expect(review.itemReviewed.appearance).toEqual([{ '@type': 'CreativeWork', url: 'https://unn.ua/x', datePublished: '2024-05-23T00:00:00.000Z', publisher: { '@type': 'Organization', name: 'UNN' } }]);
  });
});
