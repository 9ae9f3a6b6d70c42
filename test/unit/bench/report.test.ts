import { benchJson, benchTable, type BenchRun } from '../../../src/bench/report';
import { latencySeries, renderSvg } from '../../../src/bench/plot-latency';

const figures = (rps: number, p50: number) => ({ rps, p50, p99: p50 * 3, errors: 0, requests: rps * 5 });

const run: BenchRun = {
  statements: 10_000,
  seed: 1,
  concurrencies: [1, 10],
  seconds: 5,
  subjects: {},
  versions: {},
  questions: [
    {
      key: 'Q1',
      title: 'an article by id',
      mismatches: {},
      runs: { 1: { floor: figures(400, 2) }, 10: { floor: figures(900, 10), ours: figures(300, 30), peer: figures(200, 45) } },
    },
    { key: 'Q5', title: 'totalCount', mismatches: { peer: 'differs from ours at $.statements.totalCount: 86 vs 85' }, runs: { 10: { floor: figures(1000, 9), ours: figures(10, 700) } } },
  ],
};

describe('the --json report', () => {
  it('gives rps, p50, p99 and errors per question and server at concurrency 10', () => {
    const json = benchJson(run, null) as { statements: number; questions: Record<string, Record<string, unknown>> };
    expect(json.statements).toBe(10_000);
    expect(json.questions.Q1).toEqual({
      floor: { rps: 900, p50: 10, p99: 30, errors: 0 },
      stack: null,
      ours: { rps: 300, p50: 30, p99: 90, errors: 0 },
      peer: { rps: 200, p50: 45, p99: 135, errors: 0 },
    });
  });

  it('reports a mismatch beside the figures instead of hiding it', () => {
    const json = benchJson(run, null) as { questions: Record<string, Record<string, unknown>> };
    expect(json.questions.Q5?.mismatches).toEqual({ peer: 'differs from ours at $.statements.totalCount: 86 vs 85' });
    expect(json.questions.Q5?.peer).toBeNull();
  });

  it('leaves "ingest" null until the ingest benchmark provides figures, and carries them when it does', () => {
    expect(benchJson(run, null)).toHaveProperty('ingest', null);
    expect(benchJson(run, { endToEnd: 210, extractionOnly: 400 })).toHaveProperty('ingest', { endToEnd: 210, extractionOnly: 400 });
  });
});

describe('the CPU a request costs', () => {
  const withCpu = (rps: number, server: number, neo4j: number) => ({ ...figures(rps, 5), cpuMs: { server, neo4j } });
  const measured: BenchRun = {
    ...run,
    concurrencies: [10],
    questions: [{ key: 'Q2', title: 'a speaker', mismatches: {}, runs: { 10: { floor: withCpu(1500, 0.4, 0.3), stack: withCpu(1250, 0.6, 0.3), ours: withCpu(1000, 0.8, 0.3), peer: figures(150, 60) } } }],
  };

  it('is carried per server in --json where it was measured', () => {
    const json = benchJson(measured, null) as { questions: Record<string, Record<string, unknown>> };
    expect(json.questions.Q2?.ours).toEqual({ rps: 1000, p50: 5, p99: 15, errors: 0, cpuMs: { server: 0.8, neo4j: 0.3 } });
    expect(json.questions.Q2?.peer).not.toHaveProperty('cpuMs');
  });

  it('gives ours against the floor by CPU too: the floor\'s server + Neo4j CPU a request over ours\'', () => {
    const row = benchTable(measured).split('\n').find((line) => line.startsWith('| Q2 '));
    expect(row).toBe('| Q2 | 10 | 1500 (5/15) 0.4+0.3 | 1250 (5/15) 0.6+0.3 | 1000 (5/15) 0.8+0.3 | 150 (60/180) | 0.67 | 0.64 | 0.83 | 0.80 | 6.67 |');
  });

  it('splits ours/floor into what the stack costs the floor\'s queries (stack/floor) and what ours adds to it (ours/stack)', () => {
    const header = benchTable(measured).split('\n').find((line) => line.startsWith('| question '));
    expect(header?.split(' | ').slice(-3)).toEqual(['stack/floor', 'ours/stack', 'ours/peer |']);
  });
});

describe('the latency plot', () => {
  const at = (statements: number, p50: number) => ({ statements, runs: { Q2: { 10: { floor: { p50: 5 }, ours: { p50 } } } } });

  it('orders each line by data size whatever order the runs were given in', () => {
    const series = latencySeries([at(100_000, 2300), at(10_000, 263)]);
    expect(series.get('Q2')?.ours).toEqual([{ statements: 10_000, p50: 263 }, { statements: 100_000, p50: 2300 }]);
  });

  it('draws one panel per question as a standalone SVG', () => {
    const svg = renderSvg(latencySeries([at(10_000, 263), at(100_000, 2300)]), 'p50');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>Q2</text>');
    expect(svg.match(/<polyline/g)).toHaveLength(2);
  });
});
