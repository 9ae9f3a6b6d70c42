import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger';
import { CYPHER_DIR } from './cypher-registry';
import type { Graph } from './graph';

export const MIGRATIONS_DIR = path.join(CYPHER_DIR, 'migrations');

/** How long one process may hold the migration lock before another may take it over. */
const LOCK_LEASE_SECONDS = 120;
const LOCK_RETRY_MS = 250;
/** Fresh full-text indexes must be online before the server calls itself ready. */
const AWAIT_INDEXES_SECONDS = 120;

export interface Migration {
  version: string;
  name: string;
  checksum: string;
  statements: string[];
}

/** Reads `cypher/migrations/NNNN-name.cypher`, in version order, each split into its statements. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const match = /^(\d{4})-([a-z0-9-]+)\.cypher$/.exec(file);
      if (!match) throw new Error(`Migration file ${file} must be named NNNN-name.cypher`);
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      return {
        version: match[1] as string,
        name: match[2] as string,
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    });
}

/** Splits a migration into statements: `;` ends a statement at the end of a line; `//` lines are comments. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

/** Which migrations the graph has recorded; fails if an applied file was edited afterwards. */
export async function migrationStatus(graph: Graph, migrations: Migration[] = loadMigrations()): Promise<MigrationStatus> {
  const rows = await graph.read('schema/list-applied-migrations');
  const applied = new Map(rows.map((row) => [row.version as string, row.checksum as string]));
  for (const migration of migrations) {
    const checksum = applied.get(migration.version);
    if (checksum !== undefined && checksum !== migration.checksum) {
      throw new Error(
        `Migration ${migration.version}-${migration.name} was changed after it was applied; ` +
          'add a new migration instead of editing an applied one.',
      );
    }
  }
  return {
    applied: migrations.filter((m) => applied.has(m.version)).map((m) => m.version),
    pending: migrations.filter((m) => !applied.has(m.version)).map((m) => m.version),
  };
}

/**
 * Applies pending migrations in order, each exactly once, and records them in the graph.
 * Processes that start together queue on a lease-based lock node; every statement is also
 * written `IF NOT EXISTS`, so a lease that expires mid-run cannot do harm.
 */
export async function migrate(graph: Graph, logger: Logger, migrations: Migration[] = loadMigrations()): Promise<string[]> {
  await ensureRunnerConstraints(graph);
  const owner = randomUUID();
  await acquireLock(graph, owner);
  try {
    const { pending } = await migrationStatus(graph, migrations);
    for (const migration of migrations.filter((m) => pending.includes(m.version))) {
      logger.info({ migration: `${migration.version}-${migration.name}` }, 'applying migration');
      for (const statement of migration.statements) await runSchemaStatement(graph, statement);
      await graph.write('schema/record-migration', {
        version: migration.version,
        name: migration.name,
        checksum: migration.checksum,
      });
    }
    await graph.read('schema/await-indexes', { timeoutSeconds: AWAIT_INDEXES_SECONDS });
    return pending;
  } finally {
    await graph.write('schema/release-migration-lock', { owner });
  }
}

async function ensureRunnerConstraints(graph: Graph): Promise<void> {
  for (const name of ['schema/ensure-migration-constraints', 'schema/ensure-migration-lock-constraint']) {
    // Two processes creating the same constraint at once can race even with IF NOT EXISTS; the loser retries.
    try {
      await graph.write(name);
    } catch {
      await graph.write(name);
    }
  }
}

async function acquireLock(graph: Graph, owner: string): Promise<void> {
  for (;;) {
    const [row] = await graph.write('schema/acquire-migration-lock', { owner, leaseSeconds: LOCK_LEASE_SECONDS });
    if (row?.acquired === true) return;
    await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
  }
}

/** Migration statements are the one kind of Cypher not in the registry: they come from their own files. */
async function runSchemaStatement(graph: Graph, statement: string): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run(statement);
  } finally {
    await session.close();
  }
}
