import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * A smoke run of the read benchmark on tiny data. It starts its own Neo4j and four servers and
 * takes over a minute on the 2-core machine, so it runs only when asked (BENCH_SMOKE=1):
 * benchmarks stay out of the test suite. Ports are its own (BENCH_SMOKE_PORT, +1000 … +1003 for HTTP).
 */
const smoke = process.env.BENCH_SMOKE === '1' ? it : it.skip;
const ROOT = path.join(__dirname, '..', '..', '..');

describe('npm run bench -- --quick', () => {
  smoke(
    'answers every question alike on floor, stack, ours and peer, and reports figures for each at concurrency 10',
    () => {
      const port = Number(process.env.BENCH_SMOKE_PORT ?? 7851);
      const result = spawnSync(
        path.join(ROOT, 'node_modules', '.bin', 'tsx'),
        [path.join(ROOT, 'src', 'cli', 'bench.ts'), '--quick', '--json', '--statements', '100', '--seconds', '1', '--no-ingest', '--port', String(port), '--server-port', String(port + 1000)],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
      );
      expect(result.stderr).not.toMatch(/MISMATCH/);
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout) as { statements: number; questions: Record<string, Record<string, { rps: number; errors: number; cpuMs?: { server: number | null; neo4j: number | null } } | null>>; ingest: unknown };
      expect(report.statements).toBe(100);
      expect(Object.keys(report.questions)).toEqual(['Q1', 'Q2-hot', 'Q2-cold', 'Q3-hot', 'Q3-cold', 'Q4', 'Q5', 'Q6']);
      for (const byServer of Object.values(report.questions)) {
        for (const server of ['floor', 'stack', 'ours', 'peer']) {
          expect(byServer[server]?.rps).toBeGreaterThan(0);
          expect(byServer[server]?.errors).toBe(0);
          // Every request costs its server some CPU; Neo4j's may round to 0 on tiny data.
          expect(byServer[server]?.cpuMs?.server).toBeGreaterThan(0);
          expect(byServer[server]?.cpuMs?.neo4j).toBeGreaterThanOrEqual(0);
        }
      }
      expect(report.ingest).toBeNull();
    },
    300_000,
  );
});
