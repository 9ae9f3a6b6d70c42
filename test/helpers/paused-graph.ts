import type { Graph, GraphTx } from '../../src/db/graph';

export interface PausedGraph {
  /** The graph to hand the writer that is to stop. */
  graph: Graph;
  /** Resolves once a write transaction on it has run the named query (its locks are held). */
  reached: Promise<void>;
  /** Lets that transaction go on. */
  release(): void;
}

/**
 * A graph whose write transactions stop right after the named registry query, holding what they
 * have locked, until released: a test runs another writer in between and sees whether it waits.
 */
export function pausedAfter(graph: Graph, query: string): PausedGraph {
  let reach!: () => void;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const paused = Object.create(graph) as Graph;
  paused.writeTransaction = <T>(work: (tx: GraphTx) => Promise<T>) =>
    graph.writeTransaction((tx) =>
      work({
        run: async (name, params) => {
          const rows = await tx.run(name, params);
          if (name === query) {
            reach();
            await gate;
          }
          return rows;
        },
      }),
    );
  return { graph: paused, reached, release };
}

/** Whether `work` settles within `ms`: long enough for a writer that does not wait for a lock to finish. */
export async function finishesWithin(work: Promise<unknown>, ms = 1_500): Promise<boolean> {
  const settled = work.then(
    () => true,
    () => true,
  );
  return Promise.race([settled, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
}
