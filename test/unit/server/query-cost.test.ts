import { parse } from 'graphql';
import { buildGraphQLSchema } from '../../../src/graphql/schema';
import { LIMITS } from '../../../src/limits';
import { cachedQueryCost, COST_SHAPES_PER_DOCUMENT, queryCost } from '../../../src/server/query-cost';
import type { GraphQLSchema } from 'graphql';

/** What operations cost, so the figures in src/limits.ts stay true. */
describe('query cost', () => {
  let cost: (query: string, variables?: Record<string, unknown>) => number;
  beforeAll(async () => {
    const schema = await buildGraphQLSchema();
    cost = (query, variables) => queryCost(schema, parse(query), variables);
  });

  it('costs 1 per field', () => {
    expect(cost('{ version }')).toBe(1);
    expect(cost('{ article(id: "a") { title outlet { name } } }')).toBe(1 + 1 + 2);
  });

  it('multiplies a connection by `first`, from the query text, a variable or the default', () => {
    const page = (first: string) => `query($n: Int) { statements${first} { edges { node { quote } } } }`;
    expect(cost(page('(first: 50)'))).toBe(1 + 50 * 3);
    expect(cost(page('(first: $n)'), { n: 50 })).toBe(1 + 50 * 3);
    expect(cost(page(''))).toBe(1 + LIMITS.DEFAULT_PAGE_SIZE * 3);
  });

  it('counts a `first` over the page size as the page size (the resolver refuses it)', () => {
    expect(cost('{ statements(first: 100000) { edges { node { quote } } } }')).toBe(1 + LIMITS.MAX_PAGE_SIZE * 3);
  });

  it(`multiplies a list without \`first\` by ${LIMITS.UNPAGED_LIST_FANOUT}, but not a connection's edges`, () => {
    expect(cost('{ claim(id: "c") { counters { text } } }')).toBe(1 + (1 + LIMITS.UNPAGED_LIST_FANOUT * 1));
    expect(cost('{ claim(id: "c") { aliases: text } }')).toBe(2);
  });

  it('keeps a page of 100 statements with their claims, counterclaims and speakers within the limit', () => {
    const q3 = '{ statements(first: 100) { edges { node { quote speaker { name } claims { text counteredBy { text speakers { name } } } } } } }';
    expect(cost(q3)).toBe(19_101);
    expect(cost(q3)).toBeLessThanOrEqual(LIMITS.MAX_QUERY_COST);
  });

  it('puts one five-level claims → statements → speaker → statements → claims over it, and 50 of them at millions', () => {
    const five = 'claims { edges { node { statements { edges { node { speaker { statements { edges { node { claims { text } } } } } } } } } } }';
    expect(cost(`{ ${five} }`)).toBe(65_661);
    expect(cost(`{ ${Array.from({ length: 50 }, (_, i) => `a${i}: ${five}`).join(' ')} }`)).toBe(50 * 65_661);
  });

  describe('computed once per document and shape of its variables', () => {
    let schema: GraphQLSchema;
    beforeAll(async () => {
      schema = await buildGraphQLSchema();
    });
    const page = parse('query P($n: Int, $speakerId: ID, $withSpeaker: Boolean!) { statements(first: $n, filter: {speakerId: $speakerId}) { edges { node { quote speaker @include(if: $withSpeaker) { name } } } } }');

    it('gives what a fresh estimate gives, whatever the ids, for every page size and directive', () => {
      for (const n of [1, 20, 100, null]) {
        for (const withSpeaker of [true, false]) {
          for (const speakerId of ['a', 'another-speaker', null]) {
            const variables = { n, speakerId, withSpeaker };
            expect(cachedQueryCost(schema, page, variables)).toBe(queryCost(schema, page, variables));
          }
        }
      }
    });

    it('does not keep an answer for variables that do not fit the schema', () => {
      const document = parse('query($n: Int) { statements(first: $n) { edges { node { quote } } } }');
      expect(() => cachedQueryCost(schema, document, { n: 'ten' })).toThrow();
      expect(() => cachedQueryCost(schema, document, { n: 'ten' })).toThrow();
      expect(cachedQueryCost(schema, document, { n: 10 })).toBe(1 + 10 * 3);
    });

    it(`keeps at most ${COST_SHAPES_PER_DOCUMENT} shapes per document and stays right past them`, () => {
      const document = parse('query($n: Int) { statements(first: $n) { edges { node { quote } } } }');
      for (let n = 0; n <= 2 * COST_SHAPES_PER_DOCUMENT; n++) expect(cachedQueryCost(schema, document, { n })).toBe(1 + n * 3);
      expect(cachedQueryCost(schema, document, { n: 0 })).toBe(1);
    });
  });
});
