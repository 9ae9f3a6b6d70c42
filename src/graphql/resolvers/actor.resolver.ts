import { createHash } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { actorRepository } from '../../repositories/actor.repository';
import type { RequestContext } from '../context';
import { PageArgs } from '../inputs/page.args';
import { selects, selectsPage } from '../lookahead';
import { encodeKeysetCursor, keysetWindow, toKeysetPage, type KeyShape } from '../pagination';
import { nestedStatementPage, nestedStatementWindow } from '../statement-pages';
import { Actor, ActorRole, Organization } from '../types/actor.type';
import { ActorConnection, StatementConnection } from '../types/connections';
import { ActorOrder, ActorType } from '../types/enums';
import { lowerOrNull, lucenePrefixTerms } from './arguments';
import type { ActorRecord } from '../../model/actor.record';
import type { ActorSortKey } from '../../model/page-window';

const ACTOR_KEY: KeyShape<ActorSortKey> = [['made', 'integer'], ['rank', 'integer'], ['name', 'string'], ['id', 'string']];

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
    @Info() info: GraphQLResolveInfo,
  ) {
    // The order depends on orderBy and the search, so each such list has its own cursors.
    const text = lowerOrNull(search, 'search');
    const list = `actors:${orderBy}:${createHash('sha256').update(`${type ?? ''}\n${text ?? ''}`).digest('base64url').slice(0, 12)}`;
    const window = keysetWindow(list, ACTOR_KEY, first, after);
    const filter = { search: text, terms: text === null ? null : lucenePrefixTerms(text), type: type ?? null, orderBy };
    const [rows, totalCount] = await Promise.all([
      selectsPage(info) ? actorRepository.list(graph, filter, window) : Promise.resolve([]),
      selects(info, ['totalCount']) ? actorRepository.count(graph, filter) : Promise.resolve(0),
    ]);
    for (const { actor } of rows) loaders.actor.prime(actor.id, actor);
    return toKeysetPage(rows, window, (row) => encodeKeysetCursor(list, ACTOR_KEY, row.key), totalCount, (row) => row.actor);
  }

  @FieldResolver(() => [ActorRole], { description: 'Roles held: "head" of an organization, "press secretary" of a person.' })
  roles(@Root() actor: ActorRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.rolesOfActor.load(actor.id);
  }

  @FieldResolver(() => StatementConnection, { description: 'What it said, newest first.' })
  async statements(@Root() actor: ActorRecord, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: RequestContext) {
    const window = nestedStatementWindow('actor.statements', first, after);
    return nestedStatementPage('actor.statements', await loaders.statementsOfActor(window).load(actor.id), window);
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
