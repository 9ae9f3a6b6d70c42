import { GraphQLInterfaceType, GraphQLUnionType } from 'graphql';
import { buildGraphQLSchema } from '../../../src/graphql/schema';
import { referenceCuratedInput } from '../../fixtures/reference-article';
import { startTestApi, type TestApi } from '../../helpers/api';
import type { GraphQLResponse, TestServer } from '../../helpers/server';

/**
 * A query runs through graphql-js the first time its document comes and compiled (graphql-jit)
 * from the second on (server/compiled-execution.ts). Whatever ran it, a client must get the same
 * answer, byte for byte: data, errors with their codes, paths and locations, and HTTP status.
 */
describe('compiled execution', () => {
  let close: () => Promise<void>;
  let server: TestServer;
  let articleId: string;
  let peskovId: string;

  beforeAll(async () => {
    let keys: TestApi['keys'];
    ({ server, keys, close } = await startTestApi());
    const ingest = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }';
    articleId = (await server.graphql<any>(ingest, { input: referenceCuratedInput() }, keys.editor)).body.data.ingestArticle.article.id;
    peskovId = (await server.graphql<any>('{ actors(search: "Peskov") { edges { node { id } } } }')).body.data.actors.edges[0].node.id;
  });
  afterAll(() => close());

  /** The same request three times: interpreted, compiled, compiled again. */
  async function thrice(query: string, variables?: Record<string, unknown>): Promise<Array<GraphQLResponse<unknown>>> {
    const answers = [];
    for (let run = 0; run < 3; run++) answers.push(await server.graphql(query, variables));
    return answers;
  }

  function expectAllEqual(answers: Array<GraphQLResponse<unknown>>): void {
    const [interpreted, ...compiled] = answers.map((answer) => JSON.stringify(answer));
    for (const each of compiled) expect(each).toEqual(interpreted);
  }

  it('answers a nested page through the Actor interface, fragments, aliases and directives as graphql-js does', async () => {
    const query = `query Page($id: ID!, $withClaims: Boolean!, $noVia: Boolean!) {
      statements(filter: {articleId: $id}, first: 20) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node {
          __typename id quote kind hedged confidence at
          span { start end } sourceSpan { start end }
          who: speaker { __typename ...ActorFields ... on Person { roles { title } } ... on Organization { kind partOf { name } } }
          via @skip(if: $noVia) { __typename name }
          article { title outlet { __typename name ... on Outlet { domain } } }
          ...Claims @include(if: $withClaims)
        } }
      }
    }
    fragment ActorFields on Actor { id name aliases type }
    fragment Claims on Statement { claims { text counters { text } supports { text } counteredBy { text } } }`;
    for (const [withClaims, noVia] of [[true, false], [false, true]]) {
      const answers = await thrice(query, { id: articleId, withClaims, noVia });
      expect(answers[0]?.body.errors).toBeUndefined();
      expect(JSON.stringify(answers[0]?.body.data)).toContain('"who":{"__typename":"Person"');
      expectAllEqual(answers);
    }
  });

  it('answers an actor, its statements, the claim graph and the dashboard as graphql-js does', async () => {
    expectAllEqual(await thrice('query A($id: ID!) { actor(id: $id) { __typename name ... on Person { roles { title of { name } } } statements(first: 3) { totalCount edges { node { quote } } } } }', { id: peskovId }));
    expectAllEqual(await thrice('{ actors(first: 50) { totalCount edges { node { __typename name type } } } }'));
    const claimId = (await server.graphql<any>('{ claims(first: 1) { edges { node { id } } } }')).body.data.claims.edges[0].node.id;
    expectAllEqual(await thrice('query G($id: ID!) { claimGraph(id: $id, depth: 3) { nodes { id type label } edges { source target type confidence hop } } }', { id: claimId }));
    expectAllEqual(await thrice('{ stats { statementsPerDay { day count } topSpeakers { actor { __typename name } count } topOutlets { actor { name } count } } }'));
    expectAllEqual(await thrice('{ whoSaid(text: "Belarus attack") { speaker { name } statement { quote } } }'));
  });

  it("reports a resolver's error with the same message, code, path and status", async () => {
    const answers = await thrice('query Big($id: ID!) { article(id: $id) { title statements(first: 1000) { totalCount } } }', { id: articleId });
    expect(answers[0]?.body.errors?.[0]).toMatchObject({ path: ['article', 'statements'], extensions: { code: 'BAD_USER_INPUT' } });
    expectAllEqual(answers);
    const missing = await thrice('{ claimGraph(id: "nope") { nodes { id } } }');
    expect(missing[0]?.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expectAllEqual(missing);
  });

  it('refuses variables that do not fit in graphql-js words, as BAD_USER_INPUT with HTTP 400, every time', async () => {
    const query = 'query Page($first: Int, $from: DateTime) { statements(first: $first, filter: {from: $from}) { totalCount } }';
    for (const variables of [{ first: 'twenty' }, { first: 1, from: 'yesterday' }, { first: 2 ** 40 }]) {
      const answers = await thrice(query, variables);
      expect(answers[0]?.status).toBe(400);
      expect(answers[0]?.body.errors?.[0]?.message).toMatch(/^Variable "\$\w+" got invalid value/);
      expect(answers[0]?.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expectAllEqual(answers);
    }
    const required = await thrice('query One($id: ID!) { article(id: $id) { id } }', {});
    expect(required[0]?.body.errors?.[0]?.message).toMatch(/^Variable "\$id" of required type "ID!" was not provided/);
    expectAllEqual(required);
  });

  it('resolves every abstract type synchronously, as compiled execution requires', async () => {
    // graphql-jit completes an interface or union with the name its resolveType returns at once;
    // type-graphql wraps each one in an async function, which it cannot use.
    const schema = await buildGraphQLSchema();
    const abstract = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLInterfaceType | GraphQLUnionType => (type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType) && !type.name.startsWith('__'),
    );
    expect(abstract.map((type) => type.name)).toEqual(['Actor']);
    for (const type of abstract) expect(type.resolveType?.constructor.name).toBe('Function');
  });
});
