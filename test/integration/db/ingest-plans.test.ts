import { extractArticle } from '../../../src/extraction/pipeline';
import { PLANNED_INGEST_QUERIES, ingestRepository } from '../../../src/repositories/ingest.repository';
import { IngestService } from '../../../src/services/ingest.service';
import { countOf, openTestGraph, wipeGraph } from '../../helpers/graph';

/**
 * Planning the ingest's queries ahead (EXPLAIN of each, so that a fresh Neo4j has them in its
 * plan cache before the first transaction): it must cover every query an ingest runs, plan
 * each with the parameter types it is run with, and write nothing.
 */
describe('planning the ingest queries ahead', () => {
  let graph: Awaited<ReturnType<typeof openTestGraph>>;
  beforeAll(async () => {
    graph = await openTestGraph();
  });
  beforeEach(() => wipeGraph(graph));
  afterAll(() => graph.close());

  it('plans every query without writing anything', async () => {
    const nodes = await countOf(graph, 'MATCH (n) RETURN count(n)');
    await expect(ingestRepository.planAhead(graph)).resolves.toBeUndefined();
    expect(await countOf(graph, 'MATCH (n) RETURN count(n)')).toBe(nodes);
  });

  it('covers every query an ingest transaction runs', async () => {
    const service = new IngestService(graph, { maxArticleBytes: 2_000_000, extract: extractArticle });
    const texts = [
      'White House press secretary Sarah Sanders said the president never said that. Sanders told reporters the memo was accurate, according to CNN.',
      'Sarah Sanders said the memo was accurate. Democrats said the memo was not accurate, the Washington Post reported.',
    ];
    const ran = new Set<string>();
    const stop = graph.onQuery((name) => ran.add(name));
    try {
      await service.ingestPrepared(texts.map((text) => service.prepare({ text }, null)), null);
    } finally {
      stop();
    }
    const transactionQueries = [...ran].filter((name) => !/claim-band|without-bands/.test(name));
    expect(transactionQueries.length).toBeGreaterThan(10);
    expect(transactionQueries.filter((name) => !PLANNED_INGEST_QUERIES.includes(name))).toEqual([]);
  });
});
