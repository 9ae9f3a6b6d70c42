/**
 * Neo4j's CPU per execution of one registry query, without any server in between: runs it
 * `count` times at concurrency 10 through Graph.read and reads the Neo4j process's user+system
 * CPU before and after (/proc/<pid>/stat).
 *   npx tsx scripts/neo4j-cpu-per-query.ts <bolt port> <neo4j pid> <count> <query name> '<params JSON>'
 */
import fs from 'node:fs';
import { loadConfig } from '../src/config/config';
import { CypherRegistry } from '../src/db/cypher-registry';
import { createDriver } from '../src/db/driver';
import { Graph } from '../src/db/graph';

const TICKS_PER_SECOND = 100;

function cpuTicks(pid: string): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

async function main(): Promise<void> {
  const [port, pid, count, name, json] = process.argv.slice(2);
  if (!port || !pid || !count || !name) throw new Error("usage: neo4j-cpu-per-query.ts <port> <pid> <count> <query name> '<params JSON>'");
  const config = loadConfig({ ...process.env, NEO4J_URI: '', EMBEDDED_NEO4J_PORT: port });
  const driver = createDriver(config.neo4j);
  const graph = new Graph(driver, CypherRegistry.load());
  const params = JSON.parse(json ?? '{}') as Record<string, unknown>;
  const run = async (n: number) => {
    let next = 0;
    await Promise.all(Array.from({ length: 10 }, async () => {
      while (next++ < n) await graph.read(name, params);
    }));
  };
  try {
    await run(300);
    const before = cpuTicks(pid);
    const started = Date.now();
    await run(Number(count));
    const ms = (1000 * (cpuTicks(pid) - before)) / TICKS_PER_SECOND / Number(count);
    process.stdout.write(`${name.padEnd(40)} neo4j ${ms.toFixed(3)} ms/query  (${count} in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
