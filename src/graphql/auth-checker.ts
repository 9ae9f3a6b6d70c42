import type { AuthChecker } from 'type-graphql';
import { AppError, unauthenticated } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code';
import { Role } from '../model/enums';
import type { Principal } from '../model/principal';
import type { RequestContext } from './context';

/** Each role includes the ones before it: an admin may do what an editor may, and so on. */
const RANK: Record<Role, number> = { [Role.FACT_CHECKER]: 1, [Role.EDITOR]: 2, [Role.ADMIN]: 3 };

function hasRole(principal: Principal, required: Role): boolean {
  return RANK[principal.role] >= RANK[required];
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
