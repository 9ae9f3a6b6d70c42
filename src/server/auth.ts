import { unauthenticated } from '../errors/app-error';
import type { Principal } from '../model/principal';
import type { ApiKeyService } from '../services/api-key.service';

/**
 * Reads the bearer key of a request. A key that is present but unknown or revoked is refused
 * outright rather than treated as anonymous: a client with a broken key should hear so.
 */
export async function principalFromHeader(header: string | undefined, apiKeys: ApiKeyService): Promise<Principal | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <API key>"');
  const principal = await apiKeys.authenticate(match[1] as string);
  if (!principal) throw unauthenticated('The API key is unknown or revoked');
  return principal;
}
