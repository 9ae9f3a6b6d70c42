import neo4j, { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { CypherRegistry } from './cypher-registry';
import { mapDriverError } from './driver-errors';
import { neo4jQueries, neo4jSessionsInUse } from '../metrics/metrics';

/** Query parameters: any plain object of values the driver can send. */
export type Params = object;
export type Row = Record<string, unknown>;

/** Runs registry queries inside one transaction; the only way a unit of work touches the graph. */
export interface GraphTx {
  run(name: string, params?: Params): Promise<Row[]>;
}

/** Called once per Cypher round trip, so tests and metrics can count them. */
export type QueryListener = (name: string) => void;

/**
 * The executor: runs named queries from the registry with parameters, in read or write
 * transactions with the driver's retries, and maps driver errors to our error codes.
 */
export class Graph {
  constructor(
    readonly driver: Driver,
    readonly registry: CypherRegistry,
    readonly database?: string,
    /** When set, Neo4j itself terminates any transaction still running after this many ms. */
    readonly transactionTimeoutMs?: number,
    private readonly listeners = new Set<QueryListener>(),
  ) {}

  /**
   * The same graph (driver, registry, query listeners) whose every transaction is cancelled
   * inside the database after `ms`: the server's view, so a runaway query cannot hold Neo4j
   * for longer than a request may take. CLIs keep the unbounded graph for their long batches.
   */
  withTransactionTimeout(ms: number): Graph {
    return new Graph(this.driver, this.registry, this.database, ms, this.listeners);
  }

  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * One read query. It runs as an auto-commit query: one message to the server and one answer,
   * where a managed transaction costs three (BEGIN, RUN with PULL, COMMIT), which for the small
   * indexed reads of the API was most of a request's time in the driver. A read that fails for
   * a reason worth retrying (a pooled connection the server dropped, a restart, a transient
   * error) is run again as a managed transaction, with the driver's retries: reads are
   * idempotent, so running one twice is safe.
   */
  async read(name: string, params: Params = {}): Promise<Row[]> {
    const text = this.registry.get(name);
    for (const listener of this.listeners) listener(name);
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.run(text, toCypherParams(params));
      return result.records.map((record) => record.toObject());
    } catch (error) {
      if (!isRetryableError(error)) throw mapDriverError(error);
    } finally {
      await session.close();
    }
    return this.readTransaction((tx) => tx.run(name, params));
  }

  write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  readTransaction<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  /** All or nothing: a failure anywhere in `work` rolls back every write in it. */
  writeTransaction<T>(work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: GraphTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    const inUse = neo4jSessionsInUse.labels(mode.toLowerCase());
    inUse.inc();
    try {
      const unit = (tx: ManagedTransaction) => work(this.wrap(tx));
      const config = this.transactionTimeoutMs === undefined ? undefined : { timeout: this.transactionTimeoutMs };
      return await (mode === 'READ' ? session.executeRead(unit, config) : session.executeWrite(unit, config));
    } catch (error) {
      throw mapDriverError(error, this.transactionTimeoutMs);
    } finally {
      await session.close();
      inUse.dec();
    }
  }

  private wrap(tx: ManagedTransaction): GraphTx {
    return {
      run: async (name, params = {}) => {
        const text = this.registry.get(name);
        for (const listener of this.listeners) listener(name);
        neo4jQueries.inc({ query: name });
        const result = await tx.run(text, toCypherParams(params));
        return result.records.map((record) => record.toObject());
      },
    };
  }
}

/**
 * Prepares top-level parameters for Cypher. JavaScript numbers reach Cypher as floats, which
 * LIMIT, SKIP, list slices and substring refuse, so whole numbers (offsets, limits, depths,
 * spans) are sent as integers; values nested in maps keep their type. An `undefined` (an
 * optional argument the client left out) would be dropped by the driver, so it becomes null.
 */
function toCypherParams(params: Params): Params {
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    converted[key] = value === undefined ? null : typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  }
  return converted;
}
