import { Lexer, Source, TokenKind } from 'graphql';
import { LIMITS } from '../../../src/limits';
import { startTestApi, type TestApi } from '../../helpers/api';

/**
 * Every request limit of src/limits.ts at its edge, against the real server: one request just
 * within it is answered, one just over it is refused with HTTP 400 (413 for the body), code
 * LIMIT_EXCEEDED and `extensions.limit` naming the limit. Then the attacks the hardening issue
 * tried, which must be refused the same way and never reach the database.
 */
/** Lexical tokens as graphql-js's parser counts them for `maxTokens`: every token but the end. */
function countTokens(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

describe('request limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    // A small article limit keeps the ingest body's edge (twice MAX_ARTICLE_BYTES) quick to reach.
    api = await startTestApi({ MAX_ARTICLE_BYTES: '60000' });
  });
  afterAll(() => api.close());

  const post = async (body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: any }> } };
  };
  /** The refusal a limit gives: every error names a limit, and `limit` is among them. */
  const expectRefused = (response: { status: number; body: { errors?: Array<{ message: string; extensions?: any }> } }, limit: string, status = 400) => {
    expect(response.status).toBe(status);
    expect(response.body.errors?.map((e) => e.extensions?.code)).toContain('LIMIT_EXCEEDED');
    expect(response.body.errors?.map((e) => e.extensions?.limit)).toContain(limit);
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|    at /);
  };
  const expectAnswered = (response: { status: number; body: { errors?: unknown[] } }) => {
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
  };

  /** A query `depth` fields deep that costs almost nothing: statement → speaker → statements(first: 1) → edges → node → speaker … → a leaf. */
  const nested = (depth: number) => {
    const cycle = [
      ['speaker', 'id'],
      ['statements(first: 1)', 'totalCount'],
      ['edges', 'cursor'],
      ['node', 'id'],
    ] as const;
    const path = Array.from({ length: depth - 2 }, (_, i) => cycle[i % cycle.length]!);
    const leaf = path.at(-1)?.[1] ?? 'id';
    return `{ statement(id: "none") { ${path.map(([field]) => `${field} {`).join(' ')} ${leaf} ${'} '.repeat(path.length)}} }`;
  };

  describe(`query depth (${LIMITS.MAX_QUERY_DEPTH})`, () => {
    it(`answers a query ${LIMITS.MAX_QUERY_DEPTH} fields deep`, async () => {
      expectAnswered(await api.server.graphql(nested(LIMITS.MAX_QUERY_DEPTH)));
    });
    it(`refuses one ${LIMITS.MAX_QUERY_DEPTH + 1} deep, naming the limit`, async () => {
      const response = await api.server.graphql(nested(LIMITS.MAX_QUERY_DEPTH + 1));
      expectRefused(response, 'depth');
      expect(response.body.errors?.[0]?.message).toBe(`Query depth limit of ${LIMITS.MAX_QUERY_DEPTH} exceeded, found ${LIMITS.MAX_QUERY_DEPTH + 1}. (limit: depth)`);
    });
  });

  describe(`aliases (${LIMITS.MAX_ALIASES})`, () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: version`).join(' ')} }`;
    it(`answers ${LIMITS.MAX_ALIASES} aliased fields`, async () => {
      expectAnswered(await api.server.graphql(aliased(LIMITS.MAX_ALIASES)));
    });
    it(`refuses ${LIMITS.MAX_ALIASES + 1}`, async () => {
      const response = await api.server.graphql(aliased(LIMITS.MAX_ALIASES + 1));
      expectRefused(response, 'aliases');
      expect(response.body.errors?.[0]?.message).toMatch(/Aliases limit of 20 exceeded, found 21/);
    });
  });

  describe(`directives (${LIMITS.MAX_DIRECTIVES})`, () => {
    const directed = (n: number) => `{ ${Array.from({ length: n }, () => 'version @include(if: true)').join(' ')} }`;
    it(`answers ${LIMITS.MAX_DIRECTIVES} directives`, async () => {
      expectAnswered(await api.server.graphql(directed(LIMITS.MAX_DIRECTIVES)));
    });
    it(`refuses ${LIMITS.MAX_DIRECTIVES + 1}`, async () => {
      expectRefused(await api.server.graphql(directed(LIMITS.MAX_DIRECTIVES + 1)), 'directives');
    });
  });

  describe(`tokens (${LIMITS.MAX_TOKENS})`, () => {
    /** A mutation of exactly `n` tokens: its evidence URLs pad it (commas are not tokens). */
    const tokens = (n: number) => {
      const shape = (urls: number) =>
        `mutation { addRebuttal(input: {claimId: "none", verdict: MISLEADING, summary: "s", evidenceUrls: [${Array.from({ length: urls }, (_, i) => `"https://example.org/${i}"`).join(', ')}]}) { id } }`;
      const document = shape(n - countTokens(shape(0)));
      expect(countTokens(document)).toBe(n);
      return document;
    };
    it(`parses a document of ${LIMITS.MAX_TOKENS} tokens (and answers it: the claim does not exist)`, async () => {
      const response = await api.server.graphql(tokens(LIMITS.MAX_TOKENS), undefined, api.keys.factChecker);
      expect(response.status).toBe(200);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
    it(`refuses ${LIMITS.MAX_TOKENS + 1} while parsing`, async () => {
      const response = await api.server.graphql(tokens(LIMITS.MAX_TOKENS + 1), undefined, api.keys.factChecker);
      expectRefused(response, 'tokens');
      expect(response.body.errors?.[0]?.message).toMatch(`more that ${LIMITS.MAX_TOKENS} tokens`);
    });
  });

  describe(`query cost (${LIMITS.MAX_QUERY_COST})`, () => {
    // actors(first: 100) × statements(first: k) × one field, plus `extra` fields of cost 1:
    // quote 1, node 2, edges 3, statements 1 + 3k, node 2 + 3k, edges 3 + 3k, actors 1 + 100 (3 + 3k).
    const costing = (k: number, extra: number) =>
      `query($k: Int) { actors(first: 100) { edges { node { statements(first: $k) { edges { node { quote } } } } } } ${'version '.repeat(extra)}}`;
    const k = 82; // 301 + 300 × 82 = 24,901
    const atLimit = LIMITS.MAX_QUERY_COST - (301 + 300 * k);
    it('answers an operation that costs exactly the limit, counting `first` from the variables', async () => {
      expectAnswered(await api.server.graphql(costing(k, atLimit), { k }));
    });
    it('refuses one that costs one more, saying what it cost', async () => {
      const response = await api.server.graphql(costing(k, atLimit + 1), { k });
      expectRefused(response, 'cost');
      expect(response.body.errors?.[0]?.message).toMatch(/estimated cost is 25,001; the limit is 25,000/);
    });
    it('counts a list without `first` at its default page size', async () => {
      // statements: 1 + 20 × (edges 1 + node 1 + quote 1); ×100 actors breaks the limit only with the default counted.
      const response = await api.server.graphql('{ actors(first: 100) { edges { node { statements { edges { node { quote } } } } } } }');
      expectAnswered(response); // statements 1 + 20 × 3 = 61; actors 1 + 100 × (2 + 61) = 6,301: within
      const four = await api.server.graphql(
        `{ ${Array.from({ length: 4 }, (_, i) => `a${i}: actors(first: 100) { edges { node { statements { edges { node { quote } } } } } }`).join(' ')} }`,
      );
      expectRefused(four, 'cost'); // 4 × 6,301 = 25,204
    });
  });

  describe(`body size (${LIMITS.MAX_BODY_BYTES} bytes; twice MAX_ARTICLE_BYTES for ingestArticle)`, () => {
    /** A JSON body of exactly `bytes` bytes: the payload, then spaces (valid JSON whitespace). */
    const padded = (payload: object, bytes: number) => {
      const json = JSON.stringify(payload);
      expect(Buffer.byteLength(json)).toBeLessThan(bytes);
      return json + ' '.repeat(bytes - Buffer.byteLength(json));
    };
    it(`answers a query whose body is ${LIMITS.MAX_BODY_BYTES} bytes`, async () => {
      expectAnswered(await post(padded({ query: '{ version }' }, LIMITS.MAX_BODY_BYTES)));
    });
    it(`refuses one of ${LIMITS.MAX_BODY_BYTES + 1} bytes with 413, even with an editor's key`, async () => {
      expectRefused(await post(padded({ query: '{ version }' }, LIMITS.MAX_BODY_BYTES + 1)), 'bodySize', 413);
      expectRefused(await post(padded({ query: '{ version }' }, LIMITS.MAX_BODY_BYTES + 1), api.keys.editor), 'bodySize', 413);
    });

    const ingestLimit = 2 * 60_000;
    const ingest = (text: string) => ({
      query: 'mutation($t: String!) { ingestArticle(input: {text: $t}) { status } }',
      variables: { t: text },
    });
    const text = 'date 2024-05-23\n' + 'The border was calm on Thursday. '.repeat(1500); // ~50 kB, under MAX_ARTICLE_BYTES
    it(`accepts an ingestArticle body of ${ingestLimit} bytes from an editor`, async () => {
      const response = await post(padded(ingest(text), ingestLimit), api.keys.editor);
      expectAnswered(response);
      expect(response.body.data.ingestArticle.status).toBe('CREATED');
    });
    it(`refuses an ingestArticle body of ${ingestLimit + 1} bytes`, async () => {
      expectRefused(await post(padded(ingest(text), ingestLimit + 1), api.keys.editor), 'bodySize', 413);
    });
    it('refuses a large ingestArticle body without a key before parsing it', async () => {
      expectRefused(await post(padded(ingest(text), LIMITS.MAX_BODY_BYTES + 1)), 'bodySize', 413);
    });
    it('refuses a large body whose operation does more than ingestArticle', async () => {
      const both = { query: 'mutation($t: String!) { ingestArticle(input: {text: $t}) { status } addAlias(actorId: "x", alias: "y") { id } }', variables: { t: text } };
      expectRefused(await post(padded(both, LIMITS.MAX_BODY_BYTES + 1), api.keys.editor), 'bodySize', 413);
    });
  });

  describe('the attacks of the hardening issue', () => {
    it('refuses `counters { … }` nested 40 deep', async () => {
      let inner = 'text';
      for (let i = 0; i < 40; i++) inner = `counters { ${inner} }`;
      expectRefused(await api.server.graphql(`{ claims(first: 1) { edges { node { ${inner} } } } }`), 'depth');
    });
    it('refuses 200 aliases of actors(first: 100), at the first limit they meet: tokens', async () => {
      const query = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: actors(first: 100) { edges { node { id name } } }`).join(' ')} }`;
      expectRefused(await api.server.graphql(query), 'tokens');
    });
    it('refuses 50 aliases of claims → statements → speaker → statements → claims', async () => {
      const five = 'claims { edges { node { statements { edges { node { speaker { statements { edges { node { claims { id text } } } } } } } } } } }';
      const response = await api.server.graphql(`{ ${Array.from({ length: 50 }, (_, i) => `a${i}: ${five}`).join(' ')} }`);
      expectRefused(response, 'aliases');
      expectRefused(response, 'depth');
    });
    it('refuses, by cost, 20 aliases of 100 actors × their 100 latest statements', async () => {
      const page = 'actors(first: 100) { edges { node { statements(first: 100) { edges { node { quote } } } } } }';
      expectRefused(await api.server.graphql(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: ${page}`).join(' ')} }`), 'cost');
    });
    it('still refuses `first` over the page size with its own message', async () => {
      const response = await api.server.graphql('{ actors(first: 101) { edges { node { id } } } }');
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.body.errors?.[0]?.message).toBe(`first: must be between 0 and ${LIMITS.MAX_PAGE_SIZE}`);
    });
  });
});
