import type { Graph, GraphTx } from '../../../src/db/graph';
import type { Extraction } from '../../../src/extraction/types';
import { ExtractionPool } from '../../../src/ingest/extraction-pool';
import { Role } from '../../../src/model/enums';
import { CurationService } from '../../../src/services/curation.service';
import { IngestService } from '../../../src/services/ingest.service';
import { useTestGraph } from '../../helpers/graph';
import { ingestServiceOn } from '../../helpers/ingest';

/**
 * The archive ingest's pipeline (`ingestMany`): once batch k holds its locks, batch k+1's stored
 * texts and candidates are read, and the batch resolved and planned, while k writes and commits.
 * Those reads may miss what k writes, so k+1 resolves against k's own results as well; and when
 * they may have missed anyone else's write (a key of k+1 last locked by another writer, or k
 * not committed as it was planned), k+1 reads again inside its own transaction. Each case ends
 * in the graph one-at-a-time ingest would make. Sentences are from PolNeAR's dev articles.
 */
describe('ingest pipeline: the next batch read and planned while the last one writes', () => {
  const { graph, count, run } = useTestGraph({ wipe: 'each' });

  /** Two batches of one article each: Kaine comes in the second, read ahead while the first writes. */
  const CLINTON_THEN_KAINE = ['Bill Clinton said the insurance model does not work here.', 'Tim Kaine said the email server was private.'];

  /**
   * The test graph, seen through `ingestMany`: each write transaction's commit waits until the
   * reads ahead begun during it have answered (so they surely ran before its writes were
   * visible), and `afterReadAhead` runs between a read ahead and the batch it was for (while
   * the batch before commits). Counts
   * the candidate reads made inside write transactions, i.e. the batches not planned ahead.
   */
  function staged(afterReadAhead: () => Promise<void> = async () => undefined) {
    const readsAhead: Array<Promise<unknown>> = [];
    let candidateReadsInWrites = 0;
    const counting = (tx: GraphTx): GraphTx => ({
      run(name, params) {
        if (name === 'ingest/find-actor-candidates') candidateReadsInWrites++;
        return tx.run(name, params);
      },
    });
    const real = graph();
    const view = Object.create(real) as Graph;
    view.readTransaction = <T>(work: (tx: GraphTx) => Promise<T>): Promise<T> => {
      const read = real.readTransaction(work);
      readsAhead.push(read.catch(() => undefined));
      // Not awaited by the commit above: the other writer may have to wait for that commit's locks.
      return read.then(async (result) => {
        await afterReadAhead();
        return result;
      });
    };
    view.writeTransaction = <T>(work: (tx: GraphTx) => Promise<T>): Promise<T> =>
      real.writeTransaction(async (tx) => {
        const result = await work(counting(tx));
        await Promise.all(readsAhead);
        return result;
      });
    return { graph: view, readsAhead: () => readsAhead.length, candidateReadsInWrites: () => candidateReadsInWrites };
  }

  /** Both articles written, and Kaine one person holding the earlier writer's statement and the batch's. */
  async function expectBothWrittenAndOneKaineWithTwoStatements(ok: boolean[]): Promise<void> {
    expect(ok).toEqual([true, true]);
    expect(await count("MATCH (p:Person {name: 'Tim Kaine'}) RETURN count(p)")).toBe(1);
    expect(await count("MATCH (:Person {name: 'Tim Kaine'})-[:MADE]->(s:Statement) RETURN count(s)")).toBe(2);
  }

  async function ingestMany(service: IngestService, texts: string[], batch: number, pool = new ExtractionPool(0)): Promise<boolean[]> {
    const ok: boolean[] = [];
    await service.ingestMany(
      texts.map((text) => ({ text })),
      null,
      { pool, batch, concurrency: 1, onResult: (i, result) => (ok[i] = result.ok) },
    );
    return ok;
  }

  it('an article of batch k+1 naming a person and a claim first written by batch k resolves to them, from what k wrote', async () => {
    const view = staged();
    const service = ingestServiceOn(view.graph);
    const ok = await ingestMany(
      service,
      [
        'Report 1: Bill Clinton said that the insurance model does not work here.',
        'Report 2: Bill Clinton said that the insurance model does not work here.',
      ],
      1,
    );
    expect(ok).toEqual([true, true]);
    expect(await count("MATCH (p:Person {name: 'Bill Clinton'}) RETURN count(p)")).toBe(1);
    expect(await count('MATCH (:Person)-[:MADE]->(:Statement)-[:ASSERTS]->(c:Claim) RETURN count(DISTINCT c)')).toBe(1);
    expect(await count('MATCH (:Person)-[:MADE]->(s:Statement)-[:ASSERTS]->(:Claim) RETURN count(s)')).toBe(2);
    expect(await count("MATCH (:Article)-[j:JOINED {name: 'Bill Clinton'}]->(:Person) RETURN count(j)")).toBe(1);
    // The second batch was planned ahead: only the first read its candidates inside its transaction.
    expect(view.readsAhead()).toBe(1);
    expect(view.candidateReadsInWrites()).toBe(1);
  });

  it('a person another writer stores between the read ahead and the batch\'s locks is found: the batch reads again inside its transaction', async () => {
    const other = ingestServiceOn(graph());
    let wrote = false;
    const view = staged(async () => {
      if (wrote) return;
      wrote = true;
      await other.ingest({ text: 'Tim Kaine said the emails were deleted.' }, null);
    });
    const service = ingestServiceOn(view.graph);
    const ok = await ingestMany(service, CLINTON_THEN_KAINE, 1);
    await expectBothWrittenAndOneKaineWithTwoStatements(ok);
    expect(view.candidateReadsInWrites()).toBe(2);
  });

  it('a person a curator merges away between the read ahead and the batch\'s locks is not written back: the batch reads again and finds the target', async () => {
    const earlier = ingestServiceOn(graph());
    await earlier.ingest({ text: 'Tim Kaine said the emails were deleted.' }, null);
    await earlier.ingest({ text: 'Mike Pence said the debate was fair.' }, null);
    const idOf = async (name: string) => (await run('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name }))[0]?.id as string;
    const [kaine, pence] = [await idOf('Tim Kaine'), await idOf('Mike Pence')];
    const curation = new CurationService(graph());
    let merged = false;
    const view = staged(async () => {
      if (merged) return;
      merged = true;
      await curation.mergeActors(kaine, pence, { keyId: 'k-admin', name: 'ada-admin', role: Role.ADMIN });
    });
    const ok = await ingestMany(ingestServiceOn(view.graph), CLINTON_THEN_KAINE, 1);
    expect(ok).toEqual([true, true]);
    expect(merged).toBe(true);
    expect(await count("MATCH (p:Person {name: 'Tim Kaine'}) RETURN count(p)")).toBe(0);
    expect(await count(`MATCH (:Person {id: '${pence}'})-[:MADE]->(s:Statement) RETURN count(s)`)).toBe(3);
    expect(view.candidateReadsInWrites()).toBe(2);
  });

  it('a person an earlier ingest stored, before the read ahead began, is found from the read ahead: no second read', async () => {
    const earlier = ingestServiceOn(graph());
    await earlier.ingest({ text: 'Tim Kaine said the emails were deleted.' }, null);
    const view = staged();
    const service = ingestServiceOn(view.graph);
    const ok = await ingestMany(service, CLINTON_THEN_KAINE, 1);
    await expectBothWrittenAndOneKaineWithTwoStatements(ok);
    expect(view.candidateReadsInWrites()).toBe(1);
  });

  it('when batch k does not commit as planned (one article fails to write), batch k+1 reads what was stored instead', async () => {
    // An extraction whose statement carries a value Neo4j cannot store: the plan is made, its write fails.
    class UnstorableKaine extends ExtractionPool {
      override extract(text: string): Promise<Extraction> {
        return super.extract(text).then((extraction) =>
          text.includes('Kaine') ? { ...extraction, statements: extraction.statements.map((s) => ({ ...s, cue: { not: 'storable' } as unknown as string })) } : extraction,
        );
      }
    }
    const view = staged();
    const service = ingestServiceOn(view.graph);
    const ok = await ingestMany(
      service,
      [
        'Bill Clinton said the current system works fine if you are eligible for Medicaid.',
        'Tim Kaine said the email server was private.',
        'Bill Clinton told the crowd that the premiums doubled for millions of people.',
      ],
      2,
      new UnstorableKaine(0),
    );
    expect(ok).toEqual([true, false, true]);
    expect(await count("MATCH (p:Person {name: 'Bill Clinton'}) RETURN count(p)")).toBe(1);
    expect(await count("MATCH (:Person {name: 'Bill Clinton'})-[:MADE]->(s:Statement) RETURN count(s)")).toBe(2);
    expect(await count("MATCH (p:Person {name: 'Tim Kaine'}) RETURN count(p)")).toBe(0);
  });

  it('every article is reported once, in batches read ahead, and the texts already stored come back unchanged', async () => {
    const view = staged();
    const service = ingestServiceOn(view.graph);
    const texts = [
      'Bill Clinton said the current system works fine if you are eligible for Medicaid.',
      'Tim Kaine said the email server was private.',
      'Bill Clinton said the current system works fine if you are eligible for Medicaid.',
      'Robby Mook said the emails were deleted.',
    ];
    expect(await ingestMany(service, texts, 1)).toEqual([true, true, true, true]);
    expect(await count('MATCH (a:Article) RETURN count(a)')).toBe(3);
    expect(await count("MATCH (e:AuditEvent {action: 'ingestArticle'}) RETURN count(e)")).toBe(3);
    expect(view.readsAhead()).toBe(3);
  });
});
