import fc from 'fast-check';
import { finding, sendCase } from '../../../src/reliability/fuzz/fuzz-request';
import { fuzzCase, loadServedSchema, nearValidOperation, validOperation } from '../../../src/reliability/fuzz/operations';
import { parse, validate } from 'graphql';
import { openTestGraph } from '../../helpers/graph';
import { createTestKeys, type TestKeys } from '../../helpers/keys';
import { startTestServer, type TestServer } from '../../helpers/server';

/** CI runs a few hundred cases; `npm run fuzz -- --runs 10000` runs the long version against a real graph. */
const CI_RUNS = Number(process.env.FUZZ_RUNS ?? 300);

describe('fuzzing GraphQL requests generated from the schema', () => {
  const schema = loadServedSchema();
  let graph: Awaited<ReturnType<typeof openTestGraph>>;
  let server: TestServer;
  let keys: TestKeys;
  beforeAll(async () => {
    graph = await openTestGraph();
    server = await startTestServer(graph);
    keys = await createTestKeys(graph);
    // A little data, so that ids and searches sometimes find something.
    await server.graphql('mutation($t: String!) { ingestArticle(input: {text: $t}) { status } }', { t: 'date 2024-05-23 Peskov said the visit is on, UNN reports.' }, keys.editor);
  });
  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('generates operations the schema accepts, with arguments of the right types', () => {
    const cases = fc.sample(validOperation(schema), { numRuns: 300, seed: 42 });
    const invalid = cases.filter((c) => {
      try {
        return validate(schema, parse(c.query)).length > 0;
      } catch {
        return true;
      }
    });
    // A few are invalid by chance (a lone surrogate written inline, one alias on two argument sets).
    expect(invalid.length / cases.length).toBeLessThan(0.05);
    expect(new Set(cases.map((c) => /\{ (\w+Alias: )?(\w+)/.exec(c.query)?.[2])).size).toBeGreaterThan(20);
  });

  it('generates near-valid operations the schema rejects', () => {
    const cases = fc.sample(nearValidOperation(schema), { numRuns: 200, seed: 7 });
    expect(new Set(cases.map((c) => c.broken)).size).toBeGreaterThanOrEqual(8);
  });

  it(`answers ${CI_RUNS} valid and near-valid requests without a 5xx, a hang or an untyped error`, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fuzzCase(schema), async (c) => {
        const headers = n++ % 2 === 0 ? keys.editor : {};
        const answer = await sendCase(server.url, c, headers, 10_000);
        expect({ problem: finding(answer), body: answer.body.slice(0, 300) }).toEqual({ problem: null, body: expect.anything() });
      }),
      { numRuns: CI_RUNS },
    );
  }, 120_000);
});
