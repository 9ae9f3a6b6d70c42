import { openTestGraph } from './graph';
import { createTestKeys, type TestKeys } from './keys';
import { startTestServer, type TestServer } from './server';

export interface TestApi {
  graph: Awaited<ReturnType<typeof openTestGraph>>;
  server: TestServer;
  keys: TestKeys;
  close(): Promise<void>;
}

/** An emptied graph, the app serving it over HTTP, and one API key per role. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const graph = await openTestGraph();
  const server = await startTestServer(graph, 'bolt://test', env);
  const keys = await createTestKeys(graph);
  return {
    graph,
    server,
    keys,
    async close() {
      await server.close();
      await graph.close();
    },
  };
}
