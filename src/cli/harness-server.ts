import type { Config } from '../config/config';
import type { Graph } from '../db/graph';
import { Role } from '../model/enums';
import { startApi, stopApi, waitUntilReady, type ApiProcess } from '../reliability/server-process';
import { ApiKeyService } from '../services/api-key.service';
import { openGraphForCli } from './open-graph';
import { operatorActor } from './operator';

/** What a harness drives: the graph it may read directly, the server, and an EDITOR key for it. */
export interface HarnessServer {
  graph: Graph;
  api: ApiProcess;
  /** An EDITOR key made for this run, so mutations get past authentication. */
  key: string;
}

export interface HarnessOptions {
  /** The key's name, stamped with the time, so the audit trail tells the runs apart ("fuzz", "load-run"). */
  keyName: string;
  /** The API server's port. */
  httpPort: number;
  log(line: string): void;
}

/**
 * Runs `use` against the compiled API server as the fuzz and load harnesses drive it: opens the
 * graph (`config`'s Neo4j, the embedded one started if needed, migrated), creates an EDITOR key
 * for the run, starts the server and waits until it is ready. Afterwards, whether `use` returned
 * or threw, it stops the server (unless `use` already ended it, as load's drain check does with
 * its own SIGTERM), revokes the key and closes the graph, in that order.
 */
export async function withHarnessServer<T>(config: Config, options: HarnessOptions, use: (harness: HarnessServer) => Promise<T>): Promise<T> {
  const { graph, close } = await openGraphForCli(config, options.log);
  try {
    const keys = new ApiKeyService(graph);
    const { key, record } = await keys.create(`${options.keyName}-${new Date().toISOString()}`, Role.EDITOR, operatorActor());
    try {
      const api = startApi({ port: options.httpPort, neo4jUri: config.neo4j.uri, neo4jPassword: config.neo4j.password });
      try {
        await waitUntilReady(api);
        return await use({ graph, api, key });
      } finally {
        // At once for a server that has exited already: load's drain check SIGTERMs it and waits.
        await stopApi(api);
      }
    } finally {
      // A revoke that fails (the database went away) must not hide what `use` threw.
      await keys.revoke(record.id, operatorActor()).catch(() => null);
    }
  } finally {
    await close();
  }
}
