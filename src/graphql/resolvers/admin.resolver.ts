import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { badInput, notFound } from '../../errors/app-error';
import { LIMITS } from '../../limits';
import { auditRepository } from '../../repositories/audit.repository';
import type { RequestContext } from '../context';
import { PageArgs } from '../inputs/page.args';
import { pageWindow, toPage } from '../pagination';
import { ApiKey, CreatedApiKey } from '../types/api-key.type';
import { AuditEventConnection } from '../types/connections';
import { Role } from '../types/enums';
import { requirePrincipal } from './principal';

/** Keys and the audit trail: admins only. */
@Resolver()
export class AdminResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey], { description: 'Every API key, revoked ones included. Needs ADMIN.' })
  apiKeys(@Ctx() ctx: RequestContext) {
    return ctx.services.apiKeys.list();
  }

  @Authorized(Role.ADMIN)
  @Query(() => AuditEventConnection, { description: 'Who changed what and when, newest first. Needs ADMIN.' })
  async auditTrail(
    @Arg('action', () => String, { nullable: true }) action: string | null,
    @Arg('keyName', () => String, { nullable: true }) keyName: string | null,
    @Arg('targetId', () => ID, { nullable: true }) targetId: string | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { graph }: RequestContext,
  ) {
    const window = pageWindow(first, after);
    const slice = await auditRepository.list(graph, { action, keyName, targetId }, window);
    return toPage(slice.items, slice.totalCount, window);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreatedApiKey, { description: 'Creates an API key; its secret is in the answer and nowhere else. Needs ADMIN.' })
  async createApiKey(@Arg('name') name: string, @Arg('role', () => Role) role: Role, @Ctx() ctx: RequestContext) {
    if (!name.trim() || name.length > LIMITS.MAX_NAME_LENGTH) throw badInput('name', `must be 1 to ${LIMITS.MAX_NAME_LENGTH} characters`);
    const principal = requirePrincipal(ctx);
    const { key, record } = await ctx.services.apiKeys.create(name.trim(), role, principal);
    return { key, apiKey: record };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKey, { description: 'Revokes an API key at once. Needs ADMIN.' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const principal = requirePrincipal(ctx);
    const record = await ctx.services.apiKeys.revoke(id, principal);
    if (!record) throw notFound('ApiKey', id, 'id');
    return record;
  }
}
