import type { Graph, GraphTx } from '../db/graph';
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
  async create(tx: GraphTx, key: NewApiKey): Promise<ApiKeyRecord> {
    const [row] = await tx.run('api-keys/create-key', key);
    return row?.key as ApiKeyRecord;
  },

  /** The active key stored under `hash`, with the stored hash for the caller to compare in constant time. */
  async findActiveByHash(graph: Graph, hash: string): Promise<{ principal: Principal; hash: string } | null> {
    const [row] = await graph.read('api-keys/find-active-key-by-hash', { hash });
    return row ? { principal: { keyId: row.keyId as string, name: row.name as string, role: row.role as Role }, hash: row.hash as string } : null;
  },

  async list(graph: Graph): Promise<ApiKeyRecord[]> {
    return (await graph.read('api-keys/list-keys')).map((row) => row.key as ApiKeyRecord);
  },

  /** The ids among `ids` of keys that are revoked or do not exist. */
  async findRevoked(graph: Graph, ids: readonly string[]): Promise<string[]> {
    return (await graph.read('api-keys/find-revoked-keys', { ids: [...ids] })).map((row) => row.id as string);
  },

  /** Revokes the key; `revokedNow` is false when it had been revoked before (its first revocation time is kept). */
  async revoke(tx: GraphTx, id: string, now: string): Promise<{ record: ApiKeyRecord; revokedNow: boolean } | null> {
    const [row] = await tx.run('api-keys/revoke-key', { id, now });
    return row ? { record: row.key as ApiKeyRecord, revokedNow: row.revokedNow as boolean } : null;
  },
};
