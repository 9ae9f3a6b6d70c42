import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CypherRegistry } from '../../../src/db/cypher-registry';

const SRC = path.join(__dirname, '..', '..', '..', 'src');
const CYPHER = path.join(__dirname, '..', '..', '..', 'cypher');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the Cypher registry', () => {
  const registry = CypherRegistry.load();

  it('loads every query by its path under cypher/, without migrations', () => {
    expect(registry.names()).toContain('system/ping');
    expect(registry.names().some((name) => name.startsWith('migrations/'))).toBe(false);
  });

  it('sends a query without its whole-line comments, and keeps its code byte for byte', () => {
    const file = fs.readFileSync(path.join(CYPHER, 'claims', 'list', 'newest.cypher'), 'utf8');
    const text = registry.get('claims/list/newest');
    expect(text).not.toMatch(/^\s*\/\//m);
    expect(text.split('\n')).toEqual(file.trim().split('\n').filter((line) => !line.trimStart().startsWith('//')));
    expect(text.length).toBeLessThan(file.length * 0.8);
  });

  it('puts a fragment\'s code where a query includes it, and holds no fragment as a query', () => {
    const fragment = fs.readFileSync(path.join(CYPHER, 'fragments', 'statement-rows.cypher'), 'utf8');
    const code = fragment.trim().split('\n').filter((line) => !line.trimStart().startsWith('//')).join('\n');
    expect(registry.get('statements/list/by-speaker-id').endsWith(`LIMIT $limit\n${code}`)).toBe(true);
    expect(registry.parameters('statements/list/by-speaker-id').has('withCounters')).toBe(true);
    expect(registry.names().some((name) => name.startsWith('fragments/'))).toBe(false);
  });

  it('refuses to load a query that includes a fragment it does not have', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-'));
    fs.mkdirSync(path.join(dir, 'things'));
    fs.writeFileSync(path.join(dir, 'things', 'list.cypher'), 'MATCH (t:Thing)\n// #include fragments/no-such-rows\n');
    expect(() => CypherRegistry.load(dir)).toThrow('things/list.cypher includes fragments/no-such-rows, which is not a file under cypher/');
  });

  it("knows each query's parameters, so that only those are sent", () => {
    expect([...registry.parameters('statements/count/counter-of-speaker-kind')].sort()).toEqual(['kind', 'speakerId']);
    expect(registry.parameters('statements/list/by-speaker-id-only').has('speaker')).toBe(false);
    expect(registry.parameters('statements/list/by-speaker-id-only').has('keyAfter')).toBe(true);
    expect(() => registry.parameters('no/such-query')).toThrow(/No Cypher query named/);
  });

  it('refuses a name it does not hold', () => {
    expect(() => registry.get('no/such-query')).toThrow(/No Cypher query named "no\/such-query"/);
  });

  it('holds every query the code runs by name', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\.(?:read|write|run)\(\s*'([a-z0-9-]+\/[a-z0-9/-]+)'/g)) used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(0);
    for (const name of used) expect(() => registry.get(name)).not.toThrow();
  });

  it('holds parameterised text only: no query is assembled from strings in code', () => {
    for (const file of sourceFiles(SRC)) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text).not.toMatch(/\b(MATCH|MERGE|CREATE) \(/);
    }
  });
});
