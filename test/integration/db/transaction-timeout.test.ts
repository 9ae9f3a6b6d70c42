import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CYPHER_DIR, CypherRegistry } from '../../../src/db/cypher-registry';
import { Graph } from '../../../src/db/graph';
import { AppError } from '../../../src/errors/app-error';
import { ErrorCode } from '../../../src/errors/error-code';
import { LIMITS } from '../../../src/limits';
import { useTestGraph } from '../../helpers/graph';
import { startTestServer } from '../../helpers/server';

/**
 * The request's time budget is the driver's transaction timeout: Neo4j itself terminates the
 * transaction, so a runaway query stops using the database, and the caller gets a typed TIMEOUT.
 */
describe('the transaction timeout', () => {
  const { graph, count } = useTestGraph({ wipe: 'once' });
  let runaway: Graph;
  beforeAll(() => {
    const registry = CypherRegistry.load(path.join(__dirname, '..', '..', 'fixtures', 'cypher-runaway'));
    runaway = new Graph(graph().driver, registry, graph().database);
  });

  it('cancels a runaway read inside Neo4j and answers TIMEOUT with the budget', async () => {
    const began = Date.now();
    const error = await runaway.withTransactionTimeout(1000).read('runaway/count-forever').catch((e: unknown) => e);
    const took = Date.now() - began;

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.TIMEOUT);
    expect((error as AppError).message).toMatch(/took longer than its time budget of 1000 ms and was cancelled/);
    expect((error as AppError).extensions).toMatchObject({ limit: 'transactionTimeout', max: 1000 });
    expect(took).toBeGreaterThanOrEqual(900);
    expect(took).toBeLessThan(5000);
    // Nothing of it is left running in the database.
    const running = await count(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNWIND range(1, 10000000000)' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*)",
    );
    expect(running).toBe(0);
  });

  it(`answers a GraphQL request whose query runs away TIMEOUT after ${LIMITS.TRANSACTION_TIMEOUT_MS} ms`, async () => {
    // The real queries, but the one behind article(id) runs away.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-cypher-'));
    fs.cpSync(CYPHER_DIR, dir, { recursive: true });
    fs.copyFileSync(path.join(__dirname, '..', '..', 'fixtures', 'cypher-runaway', 'runaway', 'count-forever.cypher'), path.join(dir, 'articles', 'find-articles-by-ids.cypher'));
    const server = await startTestServer(new Graph(graph().driver, CypherRegistry.load(dir), graph().database));
    try {
      const began = Date.now();
      const { body } = await server.graphql('{ article(id: "any") { id } }');
      const took = Date.now() - began;

      expect(body.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      expect(body.errors?.[0]?.message).toMatch(`longer than its time budget of ${LIMITS.TRANSACTION_TIMEOUT_MS} ms and was cancelled`);
      expect(took).toBeGreaterThanOrEqual(LIMITS.TRANSACTION_TIMEOUT_MS - 100);
      expect(took).toBeLessThan(LIMITS.TRANSACTION_TIMEOUT_MS + 5000);
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('leaves a query within the budget alone', async () => {
    expect(await graph().withTransactionTimeout(1000).read('system/ping')).toHaveLength(1);
  });
});
