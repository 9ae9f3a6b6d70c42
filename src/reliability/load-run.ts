import autocannon from 'autocannon';
import os from 'node:os';
import type { MixedRequest } from './load-mix';
import type { ApiProcess } from './server-process';

/** One sampling window of a load run: what was answered, how fast, and the server's memory at its end. */
export interface LoadWindow {
  /** Seconds since the run began, at the end of the window. */
  at: number;
  responses: number;
  errors: number;
  p50: number | null;
  p99: number | null;
  rssMb: number;
  heapMb: number;
  /** The machine's 1-minute load average (2 cores, shared). */
  load1: number;
}

export interface LoadFigures {
  rate: number;
  seconds: number;
  connections: number;
  /** Answers per second over the run, and how many of each kind of request were answered well. */
  achievedRps: number;
  answered: { read: number; ingest: number; rebuttal: number };
  errors: {
    total: number;
    /** Connection errors and timeouts (autocannon's own). */
    transport: number;
    non2xx: number;
    /** 200 answers carrying GraphQL `errors`. */
    graphql: number;
    /** The first few distinct messages, to say what failed. */
    samples: string[];
  };
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  windows: LoadWindow[];
  loadAverage: { start: number[]; end: number[] };
}

const MB = 1024 * 1024;

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/**
 * Drives the server at a fixed overall rate (autocannon's `overallRate`) with the mixed sequence
 * for `seconds`, sampling latency, errors and the server's memory every `sampleSeconds`. A
 * GraphQL error in a 200 answer counts as an error: a server failing under load still says 200.
 */
export async function runLoad(
  api: ApiProcess,
  mix: MixedRequest[],
  options: { rate: number; seconds: number; connections: number; sampleSeconds: number; onWindow?: (window: LoadWindow) => void },
): Promise<LoadFigures> {
  const answered = { read: 0, ingest: 0, rebuttal: 0 };
  const samples = new Set<string>();
  let graphqlErrors = 0;
  let windowLatencies: number[] = [];
  let windowErrors = 0;
  const note = (message: string) => {
    if (samples.size < 8) samples.add(message.slice(0, 300));
  };
  const requests = mix.map((request) => ({
    method: request.method,
    path: request.path,
    headers: request.headers,
    body: request.body,
    ...(request.setupRequest ? { setupRequest: request.setupRequest as never } : {}),
    onResponse: (status: number, body: string) => {
      if (status === 200 && !body.includes('"errors"')) {
        answered[request.kind]++;
        return;
      }
      if (status === 200) {
        graphqlErrors++;
        windowErrors++;
      }
      note(`${request.kind}: ${status} ${body}`);
    },
  }));
  const loadStart = os.loadavg();
  const began = Date.now();
  const windows: LoadWindow[] = [];
  let finished: (result: autocannon.Result) => void = () => {};
  let failed: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const instance = autocannon(
    { url: api.url, connections: options.connections, overallRate: options.rate, duration: options.seconds, timeout: 10, requests },
    (error, result) => (error ? failed(error as Error) : finished(result)),
  );
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    windowLatencies.push(responseTime);
    if (status !== 200) windowErrors++;
  });
  instance.on('reqError', (error: Error) => {
    windowErrors++;
    note(`transport: ${error.message}`);
  });
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    const latencies = windowLatencies.sort((a, b) => a - b);
    const errors = windowErrors;
    windowLatencies = [];
    windowErrors = 0;
    const at = Math.round((Date.now() - began) / 1000);
    sampling = sampling.then(async () => {
      const memory = await api.memory().catch(() => ({ rss: Number.NaN, heapUsed: Number.NaN }));
      const window: LoadWindow = {
        at,
        responses: latencies.length,
        errors,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        rssMb: Math.round(memory.rss / MB),
        heapMb: Math.round(memory.heapUsed / MB),
        load1: Math.round((os.loadavg()[0] as number) * 100) / 100,
      };
      windows.push(window);
      options.onWindow?.(window);
    });
  }, options.sampleSeconds * 1000);
  const result = await done;
  clearInterval(timer);
  await sampling;
  const transport = result.errors + result.timeouts;
  return {
    rate: options.rate,
    seconds: options.seconds,
    connections: options.connections,
    achievedRps: Math.round((result.requests.total / options.seconds) * 10) / 10,
    answered,
    errors: { total: transport + result.non2xx + graphqlErrors, transport, non2xx: result.non2xx, graphql: graphqlErrors, samples: [...samples] },
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    windows,
    loadAverage: { start: loadStart, end: os.loadavg() },
  };
}
