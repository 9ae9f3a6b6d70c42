import type { Graph } from '../../src/db/graph';
import { Role } from '../../src/model/enums';
import { operatorActor } from '../../src/cli/operator';
import { ApiKeyService } from '../../src/services/api-key.service';

export interface TestKeys {
  factChecker: Record<string, string>;
  editor: Record<string, string>;
  admin: Record<string, string>;
}

/** One key per role, as Authorization headers ready to pass to `server.graphql`. */
export async function createTestKeys(graph: Graph): Promise<TestKeys> {
  const service = new ApiKeyService(graph);
  const header = async (role: Role, name: string) => ({ authorization: `Bearer ${(await service.create(name, role, operatorActor('test'))).key}` });
  return {
    factChecker: await header(Role.FACT_CHECKER, 'fiona-factchecker'),
    editor: await header(Role.EDITOR, 'ed-editor'),
    admin: await header(Role.ADMIN, 'ada-admin'),
  };
}
