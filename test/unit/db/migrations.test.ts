import { loadMigrations, splitStatements } from '../../../src/db/migrations';

/** Index and constraint statements; the rest are data backfills. */
function isSchemaStatement(statement: string): boolean {
  return /^(CREATE|DROP) (RANGE |TEXT |FULLTEXT |POINT |VECTOR |LOOKUP )?(INDEX|CONSTRAINT)\b/.test(statement);
}

describe('migration files', () => {
  it('splits a file into statements at line-ending semicolons and drops comment lines', () => {
    const text = '// why\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });

  it('are loaded in version order with a checksum each', () => {
    const migrations = loadMigrations();
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort());
    expect(new Set(versions).size).toBe(versions.length);
    for (const migration of migrations) expect(migration.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are idempotent: every schema statement says IF NOT EXISTS (a DROP, IF EXISTS)', () => {
    for (const migration of loadMigrations()) {
      for (const statement of migration.statements.filter(isSchemaStatement)) {
        expect(statement).toMatch(/^DROP .* IF EXISTS$|IF NOT EXISTS/s);
      }
    }
  });

  it('are idempotent: a backfill creates nothing twice and sets values rather than adding to them', () => {
    const backfills = loadMigrations().flatMap((m) => m.statements.filter((s) => !isSchemaStatement(s)));
    expect(backfills.length).toBeGreaterThan(0);
    for (const statement of backfills) {
      expect(statement).not.toMatch(/\bCREATE\b/);
      expect(statement).not.toMatch(/\bSET\s+(\w+)\.(\w+)\s*=\s*\1\.\2\s*\+/);
    }
  });

  it('rebuild the full-text indexes with the English analyzer, so that word forms match', () => {
    const statements = loadMigrations().flatMap((m) => m.statements);
    for (const index of ['claim_text', 'statement_quote', 'actor_names']) {
      const last = statements.filter((s) => s.includes(`INDEX ${index} `)).at(-1);
      expect(last).toMatch(/`fulltext.analyzer`: 'english'/);
    }
  });

  it('create a uniqueness constraint for every id and full-text indexes over claims, quotes and names', () => {
    const all = loadMigrations().flatMap((m) => m.statements).join('\n');
    for (const label of ['Article', 'Actor', 'Statement', 'Claim', 'Rebuttal', 'Topic']) {
      expect(all).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
    }
    expect(all).toMatch(/FOR \(n:Article\) REQUIRE n\.contentHash IS UNIQUE/);
    expect(all).toMatch(/FULLTEXT INDEX claim_text .* ON EACH \[n\.text\]/);
    expect(all).toMatch(/FULLTEXT INDEX statement_quote .* ON EACH \[n\.quote\]/);
    expect(all).toMatch(/FULLTEXT INDEX actor_names .* ON EACH \[n\.name, n\.aliases\]/);
  });
});
