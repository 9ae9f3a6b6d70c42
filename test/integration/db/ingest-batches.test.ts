import { ExtractionPool } from '../../../src/ingest/extraction-pool';
import { IngestService, type BatchOutcome } from '../../../src/services/ingest.service';
import { useTestGraph } from '../../helpers/graph';
import { ingestServiceOn } from '../../helpers/ingest';

/**
 * Several articles in one transaction (the archive path of `npm run ingest`): the batch must
 * resolve as the same articles ingested one after another, and one bad article must neither
 * lose nor half-write the others. Sentences are from PolNeAR's dev articles.
 */
describe('ingest in batches', () => {
  const { graph, count } = useTestGraph({ wipe: 'each' });
  let service: IngestService;
  beforeAll(() => {
    service = ingestServiceOn(graph());
  });

  const texts = [
    'Bill Clinton said the current system works fine if you are eligible for Medicaid.',
    'Bill Clinton said the insurance model does not work here.',
    'Bill Clinton told the crowd that the premiums doubled for millions of people.',
  ];

  it('articles quoting one new person in one batch make one node of him', async () => {
    const outcomes = await service.ingestPrepared(texts.map((text) => service.prepare({ text }, null)), null);
    expect(outcomes.every((o) => o.ok && o.outcome.created)).toBe(true);
    expect(await count("MATCH (p:Person {name: 'Bill Clinton'}) RETURN count(p)")).toBe(1);
    expect(await count("MATCH (:Person {name: 'Bill Clinton'})-[:MADE]->(s:Statement) RETURN count(s)")).toBe(3);
  });

  it('a claim said in two articles of one batch is one claim', async () => {
    const claim = 'the insurance model does not work here';
    const articles = [`Report 1: Bill Clinton said that ${claim}.`, `Report 2: Bill Clinton said that ${claim}.`].map((text) =>
      service.prepare({ text, statements: [{ speaker: 'Bill Clinton', quote: claim }] }, null),
    );
    await service.ingestPrepared(articles, null);
    expect(await count('MATCH (c:Claim) RETURN count(c)')).toBe(1);
    expect(await count('MATCH (:Statement)-[:ASSERTS]->(c:Claim) RETURN count(c)')).toBe(2);
  });

  it('the same text twice in one batch is stored once; the second answers unchanged with its id', async () => {
    const [first, second] = await service.ingestPrepared([service.prepare({ text: texts[0] as string }, null), service.prepare({ text: texts[0] as string }, null)], null);
    expect(first).toMatchObject({ ok: true, outcome: { created: true } });
    expect(second).toMatchObject({ ok: true, outcome: { created: false } });
    expect((second as Extract<BatchOutcome, { ok: true }>).outcome.articleId).toBe((first as Extract<BatchOutcome, { ok: true }>).outcome.articleId);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(1);
  });

  it('an article that fails to write leaves the others of its batch written, and itself not at all', async () => {
    const good = texts.map((text) => service.prepare({ text }, null));
    const bad = service.prepare({ text: 'Kaine said the email server was private.' }, null);
    // A statement naming a speaker the extraction never declared: planning it fails inside the transaction.
    bad.extraction = { ...bad.extraction, statements: bad.extraction.statements.map((s) => ({ ...s, speakerKey: 'nobody' })) };
    const outcomes = await service.ingestPrepared([good[0], bad, good[1], good[2]] as typeof good, null);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, true]);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(3);
    expect(await count("MATCH (a:Article) WHERE a.text STARTS WITH 'Kaine' RETURN count(a)")).toBe(0);
  });

  it('every article stored by a batch has its own audit event', async () => {
    await service.ingestPrepared(texts.map((text) => service.prepare({ text }, null)), null);
    expect(await count("MATCH (e:AuditEvent {action: 'ingestArticle'}) RETURN count(DISTINCT e.targetId)")).toBe(3);
  });

  it('ingestMany extracts, batches and writes every article, reporting each by its index', async () => {
    const pool = new ExtractionPool(0);
    const results: Array<[number, boolean]> = [];
    await service.ingestMany([...texts.map((text) => ({ text })), new Error('unreadable line')], null, {
      pool,
      batch: 10,
      concurrency: 1,
      onResult: (i, result) => results.push([i, result.ok]),
    });
    expect(results.sort()).toEqual([[0, true], [1, true], [2, true], [3, false]]);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(3);
  });
});
