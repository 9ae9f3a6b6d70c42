import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Graph } from '../db/graph';
import { Role } from '../graphql/types/enums';
import type { Principal } from '../server/principal';

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
}

/** Keys carry 192 random bits, so a fast hash is enough: there is nothing to brute-force. */
function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * API keys: created once and shown once; only their hash is stored. `cg_` marks them so that
 * secret scanners can recognise a leaked one.
 */
export class ApiKeyService {
  constructor(private readonly graph: Graph) {}

  async create(name: string, role: Role, createdBy: string | null): Promise<{ key: string; record: ApiKeyRecord }> {
    const key = `cg_${randomBytes(24).toString('base64url')}`;
    const [row] = await this.graph.write('api-keys/create-key', {
      id: randomUUID(),
      name,
      role,
      hash: hashKey(key),
      prefix: key.slice(0, 8),
      now: new Date().toISOString(),
      createdBy,
    });
    return { key, record: row?.key as ApiKeyRecord };
  }

  /** The principal a presented key belongs to, or null when it is unknown or revoked. */
  async authenticate(key: string): Promise<Principal | null> {
    const [row] = await this.graph.read('api-keys/find-active-key-by-hash', { hash: hashKey(key) });
    return row ? { keyId: row.keyId as string, name: row.name as string, role: row.role as Role } : null;
  }

  async list(): Promise<ApiKeyRecord[]> {
    return (await this.graph.read('api-keys/list-keys')).map((row) => row.key as ApiKeyRecord);
  }

  async revoke(id: string): Promise<ApiKeyRecord | null> {
    const [row] = await this.graph.write('api-keys/revoke-key', { id, now: new Date().toISOString() });
    return (row?.key as ApiKeyRecord | undefined) ?? null;
  }
}
