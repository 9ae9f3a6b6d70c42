import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { actorRepository } from '../../repositories/actor.repository';
import type { RequestContext } from '../context';
import { PageArgs } from '../inputs/page.args';
import { pageWindow, toPage } from '../pagination';
import { Actor, ActorRole, Organization } from '../types/actor.type';
import { ActorConnection, StatementConnection } from '../types/connections';
import { ActorOrder, ActorType } from '../types/enums';
import { lowerOrNull } from './arguments';
import type { ActorRecord } from '../../model/actor.record';

/** Fields every actor has; implementations inherit them. */
@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true })
  actor(@Arg('id', () => ID) id: string, @Ctx() { loaders }: RequestContext): Promise<ActorRecord | null> {
    return loaders.actor.load(id);
  }

  @Query(() => ActorConnection, { description: 'Actors; `search` matches names and aliases. Ordered by `orderBy` (by name unless told).' })
  async actors(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('type', () => ActorType, { nullable: true }) type: ActorType | null,
    @Arg('orderBy', () => ActorOrder, { defaultValue: ActorOrder.NAME }) orderBy: ActorOrder,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { graph, loaders }: RequestContext,
  ) {
    const window = pageWindow(first, after);
    const slice = await actorRepository.listIds(graph, { search: lowerOrNull(search, 'search'), type, orderBy }, window);
    const items = await loaders.actor.loadMany(slice.items);
    return toPage(items as ActorRecord[], slice.totalCount, window);
  }

  @FieldResolver(() => [ActorRole], { description: 'Roles held: "head" of an organization, "press secretary" of a person.' })
  roles(@Root() actor: ActorRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.rolesOfActor.load(actor.id);
  }

  @FieldResolver(() => StatementConnection, { description: 'What it said, newest first.' })
  async statements(@Root() actor: ActorRecord, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: RequestContext) {
    const window = pageWindow(first, after);
    const slice = await loaders.statementsOfActor(window).load(actor.id);
    return toPage(slice.items, slice.totalCount, window);
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => [Organization], { description: 'The organizations it is part of (PART_OF).' })
  partOf(@Root() actor: ActorRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.parentsOfOrganization.load(actor.id);
  }

  @FieldResolver(() => [Organization], { description: 'The organizations that are part of it.' })
  parts(@Root() actor: ActorRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.membersOfOrganization.load(actor.id);
  }
}
