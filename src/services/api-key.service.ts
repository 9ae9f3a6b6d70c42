import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Graph } from '../db/graph';
import type { ApiKeyRecord } from '../model/api-key.record';
import type { Role } from '../model/enums';
import type { Actor, Principal } from '../model/principal';
import { apiKeyRepository } from '../repositories/api-key.repository';
import { auditRepository } from '../repositories/audit.repository';

/** Keys carry 192 random bits, so a fast hash is enough: there is nothing to brute-force. */
function hashKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/**
 * What `create` makes: `cg_` and 24 random bytes in base64url (32 characters). Anything else
 * cannot be a key, and is refused without asking the database.
 */
const KEY_FORMAT = /^cg_[A-Za-z0-9_-]{32}$/;

/**
 * API keys: created once and shown once; only their hash is stored. `cg_` marks them so that
 * secret scanners can recognise a leaked one. Creating and revoking a key are audited, in the
 * same transaction as the change, with the actor who did it.
 */
export class ApiKeyService {
  constructor(private readonly graph: Graph) {}

  async create(name: string, role: Role, by: Actor): Promise<{ key: string; record: ApiKeyRecord }> {
    const key = `cg_${randomBytes(24).toString('base64url')}`;
    const record = await this.graph.writeTransaction(async (tx) => {
      const created = await apiKeyRepository.create(tx, {
        id: randomUUID(),
        name,
        role,
        hash: hashKey(key).toString('hex'),
        prefix: key.slice(0, 8),
        now: new Date().toISOString(),
        createdBy: by.name,
      });
      await auditRepository.record(tx, by, 'createApiKey', created.id, { name, role });
      return created;
    });
    return { key, record };
  }

  /**
   * The principal a presented key belongs to, or null when it is malformed, unknown or revoked.
   *
   * Timing: the database finds the key by the SHA-256 of what was presented, through an index.
   * How long that takes can tell an attacker at most how much of a stored *hash* their guess's
   * hash shares, and they cannot steer a hash's bytes without inverting SHA-256, so the lookup
   * leaks nothing that brings a key closer (the usual argument for hash-then-look-up). The
   * stored hash is compared once more with `timingSafeEqual`, so that what lets a caller in is a
   * constant-time comparison of our own and never the database's string equality.
   */
  async authenticate(key: string): Promise<Principal | null> {
    if (!KEY_FORMAT.test(key)) return null;
    const presented = hashKey(key);
    const found = await apiKeyRepository.findActiveByHash(this.graph, presented.toString('hex'));
    if (!found) return null;
    const stored = Buffer.from(found.hash, 'hex');
    return stored.length === presented.length && timingSafeEqual(stored, presented) ? found.principal : null;
  }

  /** Which of these keys, each of which let someone in earlier, no longer would (revoked since, or gone). */
  async revokedAmong(keyIds: Iterable<string>): Promise<Set<string>> {
    const ids = [...new Set(keyIds)];
    return new Set(ids.length === 0 ? [] : await apiKeyRepository.findRevoked(this.graph, ids));
  }

  list(): Promise<ApiKeyRecord[]> {
    return apiKeyRepository.list(this.graph);
  }

  /** Revokes a key at once; null when there is none with that id. Revoking twice is audited once. */
  revoke(id: string, by: Actor): Promise<ApiKeyRecord | null> {
    return this.graph.writeTransaction(async (tx) => {
      const revoked = await apiKeyRepository.revoke(tx, id, new Date().toISOString());
      if (!revoked) return null;
      if (revoked.revokedNow) await auditRepository.record(tx, by, 'revokeApiKey', id, { name: revoked.record.name, role: revoked.record.role });
      return revoked.record;
    });
  }
}
