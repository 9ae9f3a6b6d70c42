/**
 * PROFILEs one registry query against a running embedded Neo4j and prints its operators with
 * rows, db hits and page-cache hits/misses, then the totals:
 *   npx tsx scripts/profile-read.ts <bolt port> <query name> '<params as JSON>'
 * Whole numbers in the parameters are sent as integers, as Graph.read sends them.
 */
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config/config';
import { CypherRegistry } from '../src/db/cypher-registry';
import { createDriver } from '../src/db/driver';

interface Plan {
  operatorType: string;
  rows: number;
  dbHits: number;
  pageCacheHits?: number;
  pageCacheMisses?: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

async function main(): Promise<void> {
  const [port, name, json] = process.argv.slice(2);
  if (!port || !name) throw new Error("usage: profile-read.ts <bolt port> <query name> '<params JSON>'");
  const config = loadConfig({ ...process.env, NEO4J_URI: '', EMBEDDED_NEO4J_PORT: port });
  const driver = createDriver(config.neo4j);
  const params = Object.fromEntries(
    Object.entries(JSON.parse(json ?? '{}') as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v]),
  );
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const text = CypherRegistry.load().get(name);
    // The first run compiles and caches the plan; the second is the one a warm server sees.
    await session.run(`PROFILE ${text}`, params);
    const result = await session.run(`PROFILE ${text}`, params);
    const plan = result.summary.profile as unknown as Plan;
    const totals = { dbHits: 0, pageCacheHits: 0, pageCacheMisses: 0 };
    const walk = (node: Plan, depth: number) => {
      totals.dbHits += node.dbHits;
      totals.pageCacheHits += node.pageCacheHits ?? 0;
      totals.pageCacheMisses += node.pageCacheMisses ?? 0;
      const details = String(node.arguments.Details ?? '').slice(0, 110);
      process.stdout.write(`${'  '.repeat(depth)}${node.operatorType.replace(/@.*/, '')}  rows ${node.rows}  hits ${node.dbHits}  ${details}\n`);
      for (const child of node.children) walk(child, depth + 1);
    };
    walk(plan, 0);
    const bytes = Buffer.byteLength(JSON.stringify(result.records.map((r) => r.toObject())));
    process.stdout.write(`TOTAL ${name}: rows ${result.records.length}, db hits ${totals.dbHits}, page cache hits ${totals.pageCacheHits}, misses ${totals.pageCacheMisses}, answer ~${bytes} bytes as JSON\n`);
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
