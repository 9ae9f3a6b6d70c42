import type { Graph, GraphTx, Params } from '../db/graph';

/** Where a write path's time went: per Cypher file, in Node between round trips, and in commits. */
export interface IngestProfile {
  transactions: number;
  /** Seconds from asking for each write transaction to its answer, summed: what the writer did not spend waiting for extraction and the read ahead. */
  transactionSeconds: number;
  /** Seconds inside `tx.run` per query name (the round trip, Neo4j's work and the rows' decoding), and how many runs. */
  queries: Record<string, { seconds: number; runs: number }>;
  /** Seconds inside transactions' work but outside any round trip: planning and resolution in Node. */
  nodeSeconds: number;
  /** Seconds from the work's end to the transaction's answer: the commit (full-text and other index updates, the log's flush). */
  commitSeconds: number;
  /** Seconds from asking for a transaction to its work starting (a session and BEGIN). */
  beginSeconds: number;
  /**
   * Seconds of read transactions (an archive ingest's next batch, read while the last one
   * writes), from asking to answer; they overlap the write transactions, so they are not in
   * the figures above, and their queries are listed with "(read ahead)".
   */
  readAheadSeconds: number;
}

/**
 * The same graph, with every transaction timed stage by stage, for `bench:ingest --profile`:
 * each round trip by its Cypher file, the Node work between them, and the commit. Timing adds
 * two clock reads per round trip, nothing else.
 */
export function profiledGraph(graph: Graph): { graph: Graph; profile: IngestProfile } {
  const profile: IngestProfile = { transactions: 0, transactionSeconds: 0, queries: {}, nodeSeconds: 0, commitSeconds: 0, beginSeconds: 0, readAheadSeconds: 0 };
  const timed = (tx: GraphTx, inRuns: { seconds: number }, suffix = ''): GraphTx => ({
    async run(name: string, params?: Params) {
      const start = now();
      try {
        return await tx.run(name, params);
      } finally {
        const seconds = now() - start;
        inRuns.seconds += seconds;
        const entry = (profile.queries[`${name}${suffix}`] ??= { seconds: 0, runs: 0 });
        entry.seconds += seconds;
        entry.runs += 1;
      }
    },
  });
  const wrap =
    (mode: 'readTransaction' | 'writeTransaction') =>
    async <T>(work: (tx: GraphTx) => Promise<T>): Promise<T> => {
      const asked = now();
      let workEnded = 0;
      const result = await graph[mode](async (tx) => {
        const started = now();
        profile.beginSeconds += started - asked;
        const inRuns = { seconds: 0 };
        try {
          return await work(timed(tx, inRuns));
        } finally {
          workEnded = now();
          profile.nodeSeconds += workEnded - started - inRuns.seconds;
        }
      });
      const ended = now();
      profile.commitSeconds += ended - workEnded;
      profile.transactionSeconds += ended - asked;
      profile.transactions += 1;
      return result;
    };
  const readAhead = async <T>(work: (tx: GraphTx) => Promise<T>): Promise<T> => {
    const asked = now();
    try {
      return await graph.readTransaction((tx) => work(timed(tx, { seconds: 0 }, ' (read ahead)')));
    } finally {
      profile.readAheadSeconds += now() - asked;
    }
  };
  const wrapped = Object.create(graph) as Graph;
  wrapped.readTransaction = readAhead;
  wrapped.writeTransaction = wrap('writeTransaction');
  return { graph: wrapped, profile };
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e9;
}
