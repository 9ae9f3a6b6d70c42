import type { Graph } from '../db/graph';
import type { ApiKeyRecord } from '../model/api-key.record';
import type { Principal } from '../model/principal';
import type { Role } from '../model/enums';

export interface NewApiKey {
  id: string;
  name: string;
  role: Role;
  hash: string;
  prefix: string;
  now: string;
  createdBy: string | null;
}

/** Keys are stored by hash only; the key itself never reaches the database. */
export const apiKeyRepository = {
  async create(graph: Graph, key: NewApiKey): Promise<ApiKeyRecord> {
    const [row] = await graph.write('api-keys/create-key', key);
    return row?.key as ApiKeyRecord;
  },

  async findActiveByHash(graph: Graph, hash: string): Promise<Principal | null> {
    const [row] = await graph.read('api-keys/find-active-key-by-hash', { hash });
    return row ? { keyId: row.keyId as string, name: row.name as string, role: row.role as Role } : null;
  },

  async list(graph: Graph): Promise<ApiKeyRecord[]> {
    return (await graph.read('api-keys/list-keys')).map((row) => row.key as ApiKeyRecord);
  },

  async revoke(graph: Graph, id: string, now: string): Promise<ApiKeyRecord | null> {
    const [row] = await graph.write('api-keys/revoke-key', { id, now });
    return (row?.key as ApiKeyRecord | undefined) ?? null;
  },
};
