import type { AuthChecker } from 'type-graphql';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code';
import type { RequestContext } from '../graphql/context';
import { Role } from '../model/enums';
import type { Principal } from '../model/principal';
import type { ApiKeyService } from '../services/api-key.service';

/** Each role includes the ones before it: an admin may do what an editor may, and so on. */
const RANK: Record<Role, number> = { [Role.FACT_CHECKER]: 1, [Role.EDITOR]: 2, [Role.ADMIN]: 3 };

function hasRole(principal: Principal, required: Role): boolean {
  return RANK[principal.role] >= RANK[required];
}

export function unauthenticated(message: string): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

/**
 * type-graphql's check for `@Authorized(Role.X)`: no key is UNAUTHENTICATED, a key whose role
 * is too low is FORBIDDEN, and both messages say which role the operation needs.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context, info }, roles) => {
  const required = roles[0] ?? Role.FACT_CHECKER;
  if (!context.principal) {
    throw unauthenticated(`${info.fieldName} needs an API key with role ${required} or higher (Authorization: Bearer <key>)`);
  }
  if (!hasRole(context.principal, required)) {
    throw new AppError(
      ErrorCode.FORBIDDEN,
      `${info.fieldName} needs role ${required} or higher; this key has ${context.principal.role}`,
    );
  }
  return true;
};

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
