import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/config';
import type { Graph } from '../../src/db/graph';
import { Migrator } from '../../src/db/migrator';
import { extractArticle } from '../../src/extraction/pipeline';
import { createApp } from '../../src/server/app';
import { silentLogger } from './graph';

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }> };
}

export interface TestServer {
  url: string;
  /** POSTs a GraphQL operation and returns the parsed body and HTTP status. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Serves the real app over HTTP on a free loopback port, against the given graph (rate limits off unless `env` sets them). */
export async function startTestServer(graph: Graph, uri = 'bolt://test', env: Record<string, string> = {}): Promise<TestServer> {
  // Suites share one client address and a few keys; only the rate-limit suite sets budgets.
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_READS: '0', RATE_LIMIT_WRITES: '0', ...env }), port: 0 };
  config.neo4j = { ...config.neo4j, uri };
  const migrator = new Migrator(graph, silentLogger);
  const { httpServer, apollo } = await createApp({ config, graph, migrator, logger: silentLogger, extract: extractArticle });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  return {
    url,
    async graphql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
    },
    async close() {
      migrator.stop();
      await apollo.stop();
    },
  };
}
