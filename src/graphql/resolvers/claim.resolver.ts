import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { LIMITS } from '../../limits';
import { badInput } from '../../errors/app-error';
import { claimRepository } from '../../repositories/claim.repository';
import type { RequestContext } from '../context';
import { PageArgs } from '../inputs/page.args';
import { luceneTerms } from './arguments';
import { pageWindow, toPage } from '../pagination';
import { Actor } from '../types/actor.type';
import { Claim, DayCount, Topic } from '../types/claim.type';
import { ClaimRelationEdge } from '../types/claim-relation-edge.type';
import { ClaimConnection, StatementConnection } from '../types/connections';
import { ClaimRelationType } from '../types/enums';
import { Rebuttal } from '../types/rebuttal.type';
import { SimilarClaim } from '../types/results.type';
import type { ClaimRecord } from '../../model/claim.record';

type Direction = 'out' | 'in';

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => Claim, { nullable: true })
  claim(@Arg('id', () => ID) id: string, @Ctx() { loaders }: RequestContext): Promise<ClaimRecord | null> {
    return loaders.claim.load(id);
  }

  @Query(() => ClaimConnection, { description: 'Claims, newest first; with `search`, by full-text relevance.' })
  async claims(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { graph, loaders }: RequestContext,
  ) {
    const window = pageWindow(first, after);
    if (search && search.length > LIMITS.MAX_SEARCH_LENGTH) throw badInput('search', `is longer than ${LIMITS.MAX_SEARCH_LENGTH} characters`);
    const query = search?.trim() ? luceneTerms(search) : null;
    const slice = await claimRepository.listIds(graph, query, window);
    const items = await loaders.claim.loadMany(slice.items);
    return toPage(items as ClaimRecord[], slice.totalCount, window);
  }

  @FieldResolver(() => StatementConnection, { description: 'The statements asserting it, oldest first.' })
  async statements(@Root() claim: ClaimRecord, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: RequestContext) {
    const window = pageWindow(first, after);
    const slice = await loaders.statementsOfClaim(window).load(claim.id);
    return toPage(slice.items, slice.totalCount, window);
  }

  @FieldResolver(() => [Actor], { description: 'Everyone who asserted it.' })
  speakers(@Root() claim: ClaimRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.speakersOfClaim.load(claim.id);
  }

  @FieldResolver(() => [Claim], { description: 'Claims this one disputes.' })
  counters(@Root() claim: ClaimRecord, @Ctx() ctx: RequestContext) {
    return related(ctx, claim.id, ClaimRelationType.COUNTERS, 'out');
  }

  @FieldResolver(() => [Claim], { description: 'Claims disputing this one.' })
  counteredBy(@Root() claim: ClaimRecord, @Ctx() ctx: RequestContext) {
    return related(ctx, claim.id, ClaimRelationType.COUNTERS, 'in');
  }

  @FieldResolver(() => [Claim])
  supports(@Root() claim: ClaimRecord, @Ctx() ctx: RequestContext) {
    return related(ctx, claim.id, ClaimRelationType.SUPPORTS, 'out');
  }

  @FieldResolver(() => [Claim])
  supportedBy(@Root() claim: ClaimRecord, @Ctx() ctx: RequestContext) {
    return related(ctx, claim.id, ClaimRelationType.SUPPORTS, 'in');
  }

  @FieldResolver(() => [ClaimRelationEdge], { description: 'Every COUNTERS/SUPPORTS edge touching it, with confidence and provenance.' })
  async relations(@Root() claim: ClaimRecord, @Ctx() { loaders }: RequestContext) {
    return (await loaders.relationsOfClaim.load(claim.id)).map((r) => ({ ...r, from: r.fromId === claim.id ? claim : r.other, to: r.toId === claim.id ? claim : r.other }));
  }

  @FieldResolver(() => [SimilarClaim], { description: 'Claims worded closely like this one, below the merge threshold.' })
  similar(@Root() claim: ClaimRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.similarToClaim.load(claim.id);
  }

  @FieldResolver(() => [Rebuttal])
  rebuttals(@Root() claim: ClaimRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.rebuttalsOfClaim.load(claim.id);
  }

  @FieldResolver(() => Int, { description: 'How many articles carry it.' })
  async appearances(@Root() claim: ClaimRecord, @Ctx() { loaders }: RequestContext) {
    return (await loaders.appearancesOfClaim.load(claim.id)).length;
  }

  @FieldResolver(() => [DayCount], { description: 'Articles carrying it, by day of publication.' })
  async timeline(@Root() claim: ClaimRecord, @Ctx() { loaders }: RequestContext): Promise<DayCount[]> {
    const counts = new Map<string, number>();
    for (const { day } of await loaders.appearancesOfClaim.load(claim.id)) counts.set(day, (counts.get(day) ?? 0) + 1);
    return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count }));
  }

  @FieldResolver(() => [Topic], { description: 'Places, organizations and events it is about.' })
  topics(@Root() claim: ClaimRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.topicsOfClaim.load(claim.id);
  }
}

async function related(ctx: RequestContext, id: string, relation: ClaimRelationType, direction: Direction): Promise<ClaimRecord[]> {
  const relations = await ctx.loaders.relationsOfClaim.load(id);
  return relations
    .filter((r) => r.relation === relation && (direction === 'out' ? r.fromId === id : r.toId === id))
    .map((r) => r.other);
}
