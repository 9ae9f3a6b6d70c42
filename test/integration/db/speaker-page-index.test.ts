import { loadMigrations } from '../../../src/db/migrations';
import { statementSortKey } from '../../../src/model/statement-sort-key';
import { referenceText } from '../../fixtures/reference-article';
import { useTestGraph } from '../../helpers/graph';
import { ingestServiceOn } from '../../helpers/ingest';

interface Made {
  speaker: string;
  speakerId: string | null;
  sortKey: string | null;
  at: string;
  articleId: string;
  start: number | null;
  id: string;
}

/**
 * Migration 0011 gives the MADE relationships of a graph stored before it the speaker's id and
 * the statement's sort key, computed in Cypher; ingest writes them from TypeScript
 * (src/model/statement-sort-key.ts). The two must agree to the character, or a speaker's page
 * would interleave old and new statements out of order.
 */
describe('migration 0011: the speaker page index', () => {
  const { graph, run } = useTestGraph({ wipe: 'each' });

  const made = async () =>
    (await run(
      `MATCH (sp:Actor)-[m:MADE]->(s:Statement)
       RETURN sp.id AS speaker, m.speakerId AS speakerId, m.sortKey AS sortKey, s.at AS at, s.articleId AS articleId, s.start AS start, s.id AS id
       ORDER BY s.id, sp.id`,
    )) as unknown as Made[];

  it('ingest writes on every MADE its speaker\'s id and the statement\'s sort key', async () => {
    const service = ingestServiceOn(graph());
    await service.ingest({ text: referenceText() }, null);
    await service.ingest({ text: 'Jane Doe said the dam holds. Jane Doe said the river is low.', publishedAt: new Date('2024-05-01T08:00:00Z') }, null);
    const rows = await made();
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect({ speakerId: row.speakerId, sortKey: row.sortKey }).toEqual({ speakerId: row.speaker, sortKey: statementSortKey(row) });
  });

  it('gives the MADE of a graph stored before it exactly the keys ingest writes', async () => {
    const service = ingestServiceOn(graph());
    await service.ingest({ text: referenceText() }, null);
    await service.ingest({ text: 'Jane Doe said the dam holds. Jane Doe said the river is low.' }, null);
    const written = await made();
    // The graph as the migration finds it: MADE without the two properties.
    await run('MATCH ()-[m:MADE]->() REMOVE m.speakerId, m.sortKey');
    const migration = loadMigrations().find((m) => m.version === '0011')!;
    for (const statement of migration.statements) await run(statement);
    expect(await made()).toEqual(written);
  });
});
