/**
 * Writes the read benchmark's requests, one file per question and server, for
 * scripts/cpu-per-request.sh: `npx tsx scripts/bench-asks.ts <bolt port> <dir>` picks the
 * subjects from the benchmark database on that port as `npm run bench` does and writes
 * `<dir>/<question>-<server>.json` ({"method", "path", "body"}). Page-1 questions only (Q6's
 * cursor needs the servers running).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/config';
import { CypherRegistry } from '../src/db/cypher-registry';
import { createDriver } from '../src/db/driver';
import { Graph } from '../src/db/graph';
import { buildQuestions, FIRST_PAGE_CURSORS, SERVERS } from '../src/bench/questions';
import { pickSubjects } from '../src/bench/subjects';

async function main(): Promise<void> {
  const [port, dir] = process.argv.slice(2);
  if (!port || !dir) throw new Error('usage: bench-asks.ts <bolt port> <dir>');
  const config = loadConfig({ ...process.env, NEO4J_URI: '', EMBEDDED_NEO4J_PORT: port });
  const driver = createDriver(config.neo4j);
  try {
    const picked = await pickSubjects(new Graph(driver, CypherRegistry.load()));
    fs.mkdirSync(dir, { recursive: true });
    for (const question of buildQuestions({ ...picked, deepCursors: FIRST_PAGE_CURSORS, deepCursorErrors: {} })) {
      if (question.key === 'Q6') continue;
      for (const server of SERVERS) fs.writeFileSync(path.join(dir, `${question.key}-${server}.json`), JSON.stringify(question.ask[server]));
    }
    process.stdout.write(`${JSON.stringify(picked)}\n`);
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
