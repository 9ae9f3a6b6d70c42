import fs from 'node:fs';
import path from 'node:path';
import { CypherRegistry } from '../../src/db/cypher-registry';
import { createDriver } from '../../src/db/driver';
import { Graph } from '../../src/db/graph';
import { migrate } from '../../src/db/migrations';
import { createLogger } from '../../src/logger';
import { testNeo4jTarget } from './test-settings';

/** Quiet by default; TEST_LOG_LEVEL=error shows what the server logs (masked errors included). */
export const silentLogger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

const WIPE = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'cypher', 'wipe-data.cypher'), 'utf8');

/** The tests' graph: a Graph that owns its driver. */
export type TestGraph = Graph & { close(): Promise<void> };

/** A migrated, empty graph on the tests' Neo4j. Call `close()` in afterAll. */
export async function openTestGraph(): Promise<TestGraph> {
  const target = testNeo4jTarget();
  const graph = new Graph(createDriver(target), CypherRegistry.load(), target.database);
  await migrate(graph, silentLogger);
  await wipeGraph(graph);
  return Object.assign(graph, { close: () => graph.driver.close() });
}

/** Deletes every node but the migration records, so each suite starts from nothing. */
export async function wipeGraph(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run(WIPE);
  } finally {
    await session.close();
  }
}

/** The single number a test's counting query returns ("MATCH (p:Person) RETURN count(p)"). */
export async function countOf(graph: Graph, cypher: string): Promise<number> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return (await session.run(cypher)).records[0]?.get(0) as number;
  } finally {
    await session.close();
  }
}

/** Runs test-only Cypher (setup the application never does, or inspection) outside the registry; the rows as objects. */
export async function runCypher(graph: Graph, cypher: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return (await session.run(cypher, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** A suite's view of its graph, from `useTestGraph`. */
export interface SuiteGraph {
  /** The graph; open in the suite's hooks and tests, not in its describe body. */
  graph(): TestGraph;
  /** `countOf` on this graph. */
  count(cypher: string): Promise<number>;
  /** `runCypher` on this graph. */
  run(cypher: string, params?: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
}

/**
 * Registers a suite's graph hooks: open the test graph before all (it opens empty), close it
 * after all, and with `wipe: 'each'` empty it before every test, so no test sees another's
 * writes. `wipe: 'once'` is for suites whose tests build on one graph, or wipe where they need to.
 *
 * Call it first in the describe. Jest runs hooks of each kind in the order they were
 * registered, after-hooks included: the suite's own beforeAll/beforeEach find the graph open
 * (and wiped), but an afterAll registered later runs after the graph is closed. A suite that
 * must stop something still using the graph (a server) before closing it keeps its own hooks.
 */
export function useTestGraph({ wipe }: { wipe: 'each' | 'once' }): SuiteGraph {
  let opened: TestGraph | undefined;
  const graph = (): TestGraph => {
    // The describe body runs before any hook: there the graph is not open yet.
    if (!opened) throw new Error('useTestGraph: the graph opens in beforeAll; call graph() inside a hook or a test');
    return opened;
  };
  beforeAll(async () => {
    opened = await openTestGraph();
  });
  if (wipe === 'each') beforeEach(() => wipeGraph(graph()));
  afterAll(() => opened?.close());
  return {
    graph,
    count: (cypher) => countOf(graph(), cypher),
    run: (cypher, params) => runCypher(graph(), cypher, params),
  };
}
