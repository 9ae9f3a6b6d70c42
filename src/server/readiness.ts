import type { Graph } from '../db/graph';
import type { Migrator } from '../db/migrator';

export interface ReadinessReport {
  ready: boolean;
  neo4j: 'reachable' | 'unreachable';
  migrations: 'applied' | 'pending' | 'unknown';
  reason?: string;
}

/** What /readyz answers once SIGTERM has arrived, so a balancer stops sending before the server drains. */
export const SHUTTING_DOWN: ReadinessReport = { ready: false, neo4j: 'reachable', migrations: 'unknown', reason: 'shutting down' };

/** Ready means: Neo4j answers now, and every migration file is recorded as applied in it. */
export async function checkReadiness(graph: Graph, migrator: Migrator, uri: string): Promise<ReadinessReport> {
  try {
    // verifyConnectivity does not retry, so a dead database answers 503 at once rather than after the retry window.
    await graph.driver.verifyConnectivity({ database: graph.database });
  } catch (error) {
    return {
      ready: false,
      neo4j: 'unreachable',
      migrations: 'unknown',
      reason: `Neo4j is unreachable at ${uri}: ${(error as Error).message}`,
    };
  }
  try {
    const { pending } = await migrator.status();
    if (pending.length > 0) {
      migrator.ensure();
      return {
        ready: false,
        neo4j: 'reachable',
        migrations: 'pending',
        reason: `migrations pending: ${pending.join(', ')}${migrator.lastError ? ` (last error: ${migrator.lastError})` : ''}`,
      };
    }
  } catch (error) {
    return { ready: false, neo4j: 'reachable', migrations: 'unknown', reason: (error as Error).message };
  }
  return { ready: true, neo4j: 'reachable', migrations: 'applied' };
}
