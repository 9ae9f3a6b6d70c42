import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Graph } from '../db/graph';
import type { ApiKeyRecord } from '../model/api-key.record';
import type { Role } from '../model/enums';
import type { Principal } from '../model/principal';
import { apiKeyRepository } from '../repositories/api-key.repository';

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
    const record = await apiKeyRepository.create(this.graph, {
      id: randomUUID(),
      name,
      role,
      hash: hashKey(key),
      prefix: key.slice(0, 8),
      now: new Date().toISOString(),
      createdBy,
    });
    return { key, record };
  }

  /** The principal a presented key belongs to, or null when it is unknown or revoked. */
  authenticate(key: string): Promise<Principal | null> {
    return apiKeyRepository.findActiveByHash(this.graph, hashKey(key));
  }

  list(): Promise<ApiKeyRecord[]> {
    return apiKeyRepository.list(this.graph);
  }

  revoke(id: string): Promise<ApiKeyRecord | null> {
    return apiKeyRepository.revoke(this.graph, id, new Date().toISOString());
  }
}
