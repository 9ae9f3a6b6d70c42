import { createDriver } from '../../../src/db/driver';
import { Graph } from '../../../src/db/graph';
import { loadMigrations, migrate, migrationStatus } from '../../../src/db/migrations';
import { silentLogger, useTestGraph } from '../../helpers/graph';
import { testNeo4jTarget } from '../../helpers/test-settings';

describe('migrations against a real Neo4j', () => {
  const { graph, run } = useTestGraph({ wipe: 'once' });

  async function recordedVersions(): Promise<string[]> {
    const rows = await graph().read('schema/list-applied-migrations');
    return rows.map((row) => row.version as string);
  }

  it('records every migration once, and a second run applies nothing', async () => {
    expect(await migrate(graph(), silentLogger)).toEqual([]);
    expect(await recordedVersions()).toEqual(loadMigrations().map((m) => m.version));
    expect((await migrationStatus(graph())).pending).toEqual([]);
  });

  it('creates the constraints and full-text indexes', async () => {
    const rows = await run('SHOW INDEXES YIELD name, type, state RETURN name, type, state');
    const indexes = Object.fromEntries(rows.map((r) => [r.name, r.state]));
    for (const name of ['claim_text', 'statement_quote', 'actor_names', 'article_content_hash', 'claim_id']) {
      expect(indexes[name]).toBe('ONLINE');
    }
  });

  it('applies each migration exactly once when two processes start together', async () => {
    await run('MATCH (m:SchemaMigration) DELETE m');
    const target = testNeo4jTarget();
    const other = new Graph(createDriver(target), graph().registry, target.database);
    try {
      const [first, second] = await Promise.all([migrate(graph(), silentLogger), migrate(other, silentLogger)]);
      const all = loadMigrations().map((m) => m.version);
      // One process applied everything; the other, waiting on the lock, found nothing left to do.
      expect([...first, ...second].sort()).toEqual(all);
      expect(await recordedVersions()).toEqual(all);
    } finally {
      await other.driver.close();
    }
  });

  it('refuses to run when an applied migration file was edited', async () => {
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m));
    await expect(migrationStatus(graph(), edited)).rejects.toThrow(/was changed after it was applied/);
  });
});
