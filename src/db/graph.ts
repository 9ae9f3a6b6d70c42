import neo4j, { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { CypherRegistry } from './cypher-registry';
import { DEFAULT_DRIVER_SETTINGS } from './driver';
import { mapDriverError } from './driver-errors';
import { neo4jQueries, neo4jSessionsInUse } from '../metrics/metrics';
import { Reachability } from './reachability';

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
  private listeners = new Set<QueryListener>();
  private reachability: Reachability;
  /** When set, Neo4j itself terminates any transaction still running after this many ms. */
  private transactionTimeoutMs: number | undefined;

  constructor(
    readonly driver: Driver,
    readonly registry: CypherRegistry,
    readonly database?: string,
    /** How long a transaction waits before asking whether Neo4j still answers (NEO4J_UNREACHABLE_CHECK_MS). */
    unreachableCheckMs = DEFAULT_DRIVER_SETTINGS.unreachableCheckMs,
  ) {
    this.reachability = new Reachability(driver, database, unreachableCheckMs);
  }

  /**
   * The same graph (driver, registry, query listeners) whose every transaction is cancelled
   * inside the database after `ms`: the server's view, so a runaway query cannot hold Neo4j
   * for longer than a request may take. CLIs keep the unbounded graph for their long batches.
   */
  withTransactionTimeout(ms: number): Graph {
    const bounded = new Graph(this.driver, this.registry, this.database, this.reachability.everyMs);
    bounded.listeners = this.listeners;
    bounded.reachability = this.reachability;
    bounded.transactionTimeoutMs = ms;
    return bounded;
  }

  private transactionConfig(): { timeout: number } | undefined {
    return this.transactionTimeoutMs === undefined ? undefined : { timeout: this.transactionTimeoutMs };
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
    const inUse = neo4jSessionsInUse.labels('read');
    inUse.inc();
    try {
      neo4jQueries.inc({ query: name });
      const result = await withoutCallerStack(() => session.run(text, toCypherParams(params, this.registry.parameters(name)), this.transactionConfig()));
      return result.records.map((record) => record.toObject());
    } catch (error) {
      if (!isRetryableError(error)) throw mapDriverError(error, this.transactionTimeoutMs);
    } finally {
      await session.close();
      inUse.dec();
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
    let gaveUp = false;
    try {
      const unit = (tx: ManagedTransaction) => work(this.wrap(tx));
      const config = this.transactionConfig();
      const running = mode === 'READ' ? session.executeRead(unit, config) : session.executeWrite(unit, config);
      return await this.unlessUnreachable(running, () => (gaveUp = true));
    } catch (error) {
      throw mapDriverError(error, this.transactionTimeoutMs);
    } finally {
      // Closing the session cancels the driver's pending retries. After giving up on a dead
      // server it is not awaited: the caller has its answer, and a socket may still be timing out.
      if (gaveUp) void session.close().catch(() => undefined);
      else await session.close();
      inUse.dec();
    }
  }

  /**
   * The driver retries a refused connection like a deadlock, with back-off for up to
   * maxTransactionRetryTime (15 s), which is right for lock conflicts and wrong for a dead
   * database: every request would hang that long. So while a transaction is pending, Neo4j's
   * reachability is checked every `unreachableCheckMs` (one shared probe, see Reachability);
   * once it does not answer, the transaction is abandoned with the driver's ServiceUnavailable,
   * which mapDriverError turns into UNAVAILABLE. A slow query on a live database is untouched.
   */
  private unlessUnreachable<T>(running: Promise<T>, onGiveUp: () => void): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const watch = new Promise<never>((_, reject) => {
      const check = async () => {
        const error = await this.reachability.unreachable();
        if (settled) return;
        if (error) {
          onGiveUp();
          reject(error);
        } else timer = setTimeout(() => void check(), this.reachability.everyMs);
      };
      timer = setTimeout(() => void check(), this.reachability.everyMs);
    });
    // The abandoned transaction's own failure, if it comes, has no one left to hear it.
    running.catch(() => undefined);
    return Promise.race([running, watch]).finally(() => {
      settled = true;
      clearTimeout(timer);
    });
  }

  private wrap(tx: ManagedTransaction): GraphTx {
    return {
      run: async (name, params = {}) => {
        const text = this.registry.get(name);
        for (const listener of this.listeners) listener(name);
        neo4jQueries.inc({ query: name });
        const result = await tx.run(text, toCypherParams(params, this.registry.parameters(name)));
        return result.records.map((record) => record.toObject());
      },
    };
  }
}

/**
 * Prepares top-level parameters for Cypher: only those the query reads (`used`; see
 * CypherRegistry.parameters). JavaScript numbers reach Cypher as floats, which LIMIT, SKIP, list
 * slices and substring refuse, so whole numbers (offsets, limits, depths, spans) are sent as
 * integers; values nested in maps keep their type. An `undefined` (an optional argument the
 * client left out) would be dropped by the driver, so it becomes null.
 */
function toCypherParams(params: Params, used: ReadonlySet<string>): Params {
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (!used.has(key)) continue;
    converted[key] = value === undefined ? null : typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  }
  return converted;
}

/**
 * Runs `start` (which must only start the driver's work, synchronously) with stack capture off.
 * The driver's Result records its caller's stack trace as a string on every query, to put on an
 * error should one come back; formatting ten frames of a GraphQL request's stack took a tenth of
 * a small read's CPU in the server, and a failed read is reported by its Neo4j code and message
 * (mapped in driver-errors.ts), which name the query's fault better than Graph.read's callers.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

