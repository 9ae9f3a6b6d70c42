import { invariant } from '../../errors/invariant';
import type { RequestContext } from '../context';
import type { Principal } from '../../model/principal';

/** The caller of an @Authorized mutation; the auth checker has already refused anonymous calls. */
export function requirePrincipal(ctx: RequestContext): Principal {
  invariant(ctx.principal, 'an @Authorized resolver ran without a principal');
  return ctx.principal;
}
