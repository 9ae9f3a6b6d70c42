import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { getApiKey, onApiKeyChange } from './api-key';
import { GRAPHQL_PATH } from './client';

let client: Client | null = null;

/**
 * One graphql-ws connection per tab, on the API's own /graphql (a WebSocket upgrade). It
 * authenticates once with the session's key; a new key opens a new connection. graphql-ws
 * reconnects on its own after a network drop (with back-off), so a dashboard left open recovers.
 */
function liveClient(): Client {
  if (!client) {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
    client = createClient({
      url,
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      connectionParams: () => {
        const key = getApiKey();
        return key ? { authorization: `Bearer ${key}` } : {};
      },
    });
  }
  return client;
}

onApiKeyChange(() => {
  const previous = client;
  client = null;
  void previous?.dispose();
});

/**
 * Subscribes to one typed subscription; `onData` gets each event's data. Returns the function
 * that ends the subscription (call it when the page goes away).
 */
export function subscribe<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  onData: (data: Result) => void,
  onError?: (error: unknown) => void,
): () => void {
  return liveClient().subscribe<Result>(
    { query: document.toString(), variables: (variables ?? {}) as Record<string, unknown> },
    {
      next: (message) => {
        if (message.data) onData(message.data);
      },
      error: (error) => onError?.(error),
      complete: () => undefined,
    },
  );
}
