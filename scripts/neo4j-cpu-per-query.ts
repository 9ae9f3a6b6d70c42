/**
 * Neo4j's CPU per execution of one registry query, without any server in between: runs it
 * `count` times at concurrency 10 through Graph.read and reads the Neo4j process's user+system
 * CPU before and after (/proc/<pid>/stat).
 *   npx tsx scripts/neo4j-cpu-per-query.ts <bolt port> <neo4j pid> <count> <query name> '<params JSON>'
 */
import { loadConfig } from '../src/config/config';
import { cpuSecondsOf } from '../src/bench/process-cpu';
import { CypherRegistry } from '../src/db/cypher-registry';
import { createDriver } from '../src/db/driver';
import { Graph } from '../src/db/graph';

function cpuOf(pid: string): number {
  const seconds = cpuSecondsOf(Number(pid));
  if (seconds === null) throw new Error(`no process ${pid} in /proc`);
  return seconds;
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
    const before = cpuOf(pid);
    const started = Date.now();
    await run(Number(count));
    const ms = (1000 * (cpuOf(pid) - before)) / Number(count);
    process.stdout.write(`${name.padEnd(40)} neo4j ${ms.toFixed(3)} ms/query  (${count} in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
