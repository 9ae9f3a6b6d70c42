import type { Graph } from '../db/graph';

/** What a graph holds, in the terms a fault run compares: counts per label and type, and per article. */
export interface Census {
  labels: Record<string, number>;
  types: Record<string, number>;
  /** By content hash: copies of the article and what it holds. */
  articles: Record<string, { copies: number; statements: number; asserts: number; made: number; via: number }>;
}

export async function takeCensus(graph: Graph): Promise<Census> {
  const [labels, types, articles] = await Promise.all([
    graph.read('reliability/count-nodes-by-label'),
    graph.read('reliability/count-relationships-by-type'),
    graph.read('reliability/article-shapes'),
  ]);
  return {
    labels: Object.fromEntries(labels.map((row) => [String(row.label), Number(row.count)])),
    types: Object.fromEntries(types.map((row) => [String(row.type), Number(row.count)])),
    articles: Object.fromEntries(
      articles.map((row) => [
        String(row.hash),
        { copies: Number(row.copies), statements: Number(row.statements), asserts: Number(row.asserts), made: Number(row.made), via: Number(row.via) },
      ]),
    ),
  };
}

/**
 * Every way `actual` differs from `expected`, one line each ("Statement: 412, expected 415");
 * none means the same graph, as far as counts can tell. The migration records and the ingest
 * locks (bookkeeping, not data) and API keys (the harness makes its own for each run) are left out.
 */
export function censusDifferences(expected: Census, actual: Census): string[] {
  const out: string[] = [];
  const compare = (what: string, a: Record<string, number>, b: Record<string, number>) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (IGNORED.has(key)) continue;
      if ((a[key] ?? 0) !== (b[key] ?? 0)) out.push(`${what} ${key}: ${b[key] ?? 0}, expected ${a[key] ?? 0}`);
    }
  };
  compare('label', expected.labels, actual.labels);
  compare('type', expected.types, actual.types);
  for (const hash of new Set([...Object.keys(expected.articles), ...Object.keys(actual.articles)])) {
    const want = JSON.stringify(expected.articles[hash] ?? null);
    const got = JSON.stringify(actual.articles[hash] ?? null);
    if (want !== got) out.push(`article ${hash.slice(0, 12)}: ${got}, expected ${want}`);
  }
  return out;
}

const IGNORED = new Set(['SchemaMigration', 'SchemaMigrationLock', 'IngestLock', 'ApiKey']);
