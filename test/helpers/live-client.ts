import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- results are asserted, not typed

/** One subscription's results as they arrive, and a way to wait for the next ones. */
export interface LiveSubscription {
  results: Json[];
  /** Resolves once `count` results have arrived (a copy of all that have), or fails after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<Json[]>;
  /** Set when the server ended the subscription with an error. */
  error(): unknown;
}

export interface LiveClient {
  subscribe(query: string, variables?: Record<string, unknown>): LiveSubscription;
  /** Resolves with the close event's code and reason once the server closes the socket. */
  closed(): Promise<{ code: number; reason: string }>;
  dispose(): Promise<void>;
}

/**
 * A graphql-ws client as a dashboard would run one, against `httpUrl`'s `/graphql`; the
 * `authorization` goes in connectionParams. It does not retry, so a refusal is seen as it is.
 */
export function liveClient(httpUrl: string, authorization?: string): LiveClient {
  let closedWith: (event: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (closedWith = resolve));
  const client: Client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    on: { closed: (event) => closedWith({ code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }) },
  });
  return {
    subscribe(query, variables) {
      const results: Json[] = [];
      let failure: unknown;
      const waiters = new Set<() => void>();
      client.subscribe(
        { query, variables },
        {
          next: (result) => {
            results.push(result);
            for (const wake of waiters) wake();
          },
          error: (error) => {
            failure = error;
            for (const wake of waiters) wake();
          },
          complete: () => undefined,
        },
      );
      return {
        results,
        error: () => failure,
        waitFor(count, timeoutMs = 15_000) {
          return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
              waiters.delete(check);
              reject(new Error(`expected ${count} results within ${timeoutMs} ms, got ${results.length}: ${JSON.stringify(results).slice(0, 500)}`));
            }, timeoutMs);
            const check = () => {
              if (results.length < count && failure === undefined) return;
              clearTimeout(timer);
              waiters.delete(check);
              if (failure !== undefined && results.length < count) reject(failure instanceof Error ? failure : new Error(JSON.stringify(failure)));
              else resolve(results.slice());
            };
            waiters.add(check);
            check();
          });
        },
      };
    },
    closed: () => closed,
    dispose: () => client.dispose() as Promise<void>,
  };
}

/**
 * The server subscribes to its event bus a moment after the subscribe message arrives; a test
 * that writes at once could write before anyone listens. In process, this pause covers it.
 */
export const subscriptionSettled = (ms = 500) => new Promise((resolve) => setTimeout(resolve, ms));
