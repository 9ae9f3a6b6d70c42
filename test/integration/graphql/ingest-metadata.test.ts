import path from 'node:path';
import { readArticles } from '../../../src/cli/article-files';
import { readMetadataTable } from '../../../src/cli/article-metadata';
import { extractArticle } from '../../../src/extraction/pipeline';
import type { ArticleInput } from '../../../src/ingest/curated-input';
import { createServices } from '../../../src/services/services';
import { startTestApi, type TestApi } from '../../helpers/api';

const POLNEAR = path.join(__dirname, '..', '..', '..', '..', 'shared', 'datasets', 'polnear');
const DEV_TEXT = path.join(POLNEAR, 'dev', 'text');
const FILES = ['nyt_2016-09-08_obama-on-climate-change-the-tren.txt', 'nyt_2016-09-12_visa-program-up-for-renewal-amid.txt', 'wash-post_2016-09-08_virginian-could-make-history-aga.txt'];

/**
 * The ingest command's path with PolNeAR's own metadata.tsv: what the table says about each
 * article (title, date, publisher, author) is what the API answers, and dates its statements.
 */
describe('ingesting PolNeAR dev articles with their metadata table', () => {
  let api: TestApi;
  const q = async (query: string, variables?: Record<string, unknown>): Promise<any> => {
    const { body } = await api.server.graphql<any>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const articleByTitle = async (title: string) => {
    const data = await q('query($s: String!) { articles(filter: {search: $s}) { edges { node { id title author publishedAt outlet { name aliases } statements(first: 100) { totalCount edges { node { at } } } } } } }', { s: title });
    return data.articles.edges[0]?.node;
  };

  beforeAll(async () => {
    api = await startTestApi();
    const table = readMetadataTable(path.join(POLNEAR, 'metadata.tsv'));
    const services = createServices(api.graph, { maxArticleBytes: 2_000_000, extract: extractArticle });
    for (const file of FILES) {
      for (const source of readArticles(path.join(DEV_TEXT, file), table)) {
        if ('error' in source) throw new Error(`${source.source}: ${source.error}`);
        await services.ingest.ingest(source.article as ArticleInput, null);
      }
    }
  });
  afterAll(() => api.close());

  it("gives each article the table's title, author and publication date", async () => {
    const article = await articleByTitle('Visa Program Up for Renewal');
    expect(article).toMatchObject({
      title: 'Visa Program Up for Renewal Amid Allegations of Fraud',
      author: 'RON NIXON',
      publishedAt: '2016-09-12T00:00:00.000Z',
    });
  });

  it('publishes "nyt" rows under The New York Times and "wash-post" under The Washington Post', async () => {
    expect((await articleByTitle('Visa Program')).outlet.name).toBe('The New York Times');
    expect((await articleByTitle('Obama on Climate Change')).outlet.name).toBe('The New York Times');
    const post = await q('{ articles(filter: {outlet: "washington post"}) { totalCount } }');
    expect(post.articles.totalCount).toBe(1);
  });

  it('keeps one outlet for all the articles of one publisher', async () => {
    const data = await q('{ actors(type: OUTLET, search: "new york times") { totalCount } }');
    expect(data.actors.totalCount).toBe(1);
    const articles = await q('{ articles(filter: {outlet: "nyt"}) { totalCount } }');
    expect(articles.articles.totalCount).toBe(2);
  });

  it("dates every statement with its article's publication date, not the day it was ingested", async () => {
    const article = await articleByTitle('Visa Program Up for Renewal');
    expect(article.statements.totalCount).toBeGreaterThan(0);
    expect(new Set(article.statements.edges.map((e: any) => e.node.at))).toEqual(new Set(['2016-09-12T00:00:00.000Z']));
  });

  it('finds statements of a day through statements(filter: {from, to})', async () => {
    const day = await q('{ statements(filter: {from: "2016-09-08T00:00:00Z", to: "2016-09-09T00:00:00Z"}) { totalCount } }');
    const all = await q('{ statements { totalCount } }');
    const visa = await articleByTitle('Visa Program Up for Renewal');
    expect(day.statements.totalCount).toBe(all.statements.totalCount - visa.statements.totalCount);
  });
});

describe('ingestArticle with metadata', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('stores the author and publishes under the canonical outlet name the client gave by a usual form', async () => {
    const { body } = await api.server.graphql<any>(
      'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { author outlet { name } statements { edges { node { at } } } } } }',
      {
        input: {
          text: 'Republicans said the credibility of the Congress was on the line in the dispute.',
          author: 'Mary Clare Jalonick',
          outlet: 'WaPo',
          publishedAt: '2016-09-16T12:00:00Z',
          statements: [{ speaker: 'Republicans', speakerType: 'GROUP', quote: 'the credibility of the Congress was on the line in the dispute' }],
        },
      },
      api.keys.editor,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.article).toEqual({
      author: 'Mary Clare Jalonick',
      outlet: { name: 'The Washington Post' },
      statements: { edges: [{ node: { at: '2016-09-16T12:00:00.000Z' } }] },
    });
  });
});
