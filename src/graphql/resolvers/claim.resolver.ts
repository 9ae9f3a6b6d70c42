import { createHash } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { LIMITS } from '../../limits';
import { badInput } from '../../errors/app-error';
import { claimRepository } from '../../repositories/claim.repository';
import type { RequestContext } from '../context';
import { whenLoaded } from '../loaders/primed-loader';
import { PageArgs } from '../inputs/page.args';
import { luceneTerms } from './arguments';
import { selects, selectsPage } from '../lookahead';
import { encodeKeysetCursor, keysetWindow, toKeysetPage, type KeyShape } from '../pagination';
import { nestedStatementPage, nestedStatementWindow } from '../statement-pages';
import { Actor } from '../types/actor.type';
import { Claim, DayCount, Topic } from '../types/claim.type';
import { ClaimRelationEdge } from '../types/claim-relation-edge.type';
import { ClaimConnection, StatementConnection } from '../types/connections';
import { ClaimRelationType } from '../types/enums';
import { Rebuttal } from '../types/rebuttal.type';
import { SimilarClaim } from '../types/results.type';
import type { ClaimRecord } from '../../model/claim.record';
import type { ClaimSortKey, ScoreSortKey } from '../../model/page-window';
import { claimReviewPath, publicLink } from '../../config/public-links';

const NEWEST_KEY: KeyShape<ClaimSortKey> = [['firstSeenAt', 'string'], ['id', 'string']];
const SCORE_KEY: KeyShape<ScoreSortKey> = [['score', 'number'], ['id', 'string']];

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
    @Info() info: GraphQLResolveInfo,
  ) {
    if (search && search.length > LIMITS.MAX_SEARCH_LENGTH) throw badInput('search', `is longer than ${LIMITS.MAX_SEARCH_LENGTH} characters`);
    const query = search?.trim() ? luceneTerms(search) : null;
    const count = selects(info, ['totalCount']) ? claimRepository.count(graph, query) : Promise.resolve(0);
    if (query) {
      // A search's cursors belong to that search: another search's scores mean nothing here.
      const list = `claims:${createHash('sha256').update(query).digest('base64url').slice(0, 12)}`;
      const window = keysetWindow(list, SCORE_KEY, first, after);
      const [hits, totalCount] = await Promise.all([selectsPage(info) ? claimRepository.search(graph, query, window) : Promise.resolve([]), count]);
      for (const { claim } of hits) loaders.claim.prime(claim.id, claim);
      return toKeysetPage(hits, window, (hit) => encodeKeysetCursor(list, SCORE_KEY, { score: hit.score, id: hit.claim.id }), totalCount, (hit) => hit.claim);
    }
    const window = keysetWindow('claims', NEWEST_KEY, first, after);
    const [claims, totalCount] = await Promise.all([selectsPage(info) ? claimRepository.listNewest(graph, window) : Promise.resolve([]), count]);
    for (const claim of claims) loaders.claim.prime(claim.id, claim);
    return toKeysetPage(claims, window, (claim) => encodeKeysetCursor('claims', NEWEST_KEY, claim), totalCount);
  }

  @FieldResolver(() => StatementConnection, { description: 'The statements asserting it, oldest first.' })
  async statements(@Root() claim: ClaimRecord, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: RequestContext) {
    const window = nestedStatementWindow('claim.statements', first, after);
    return nestedStatementPage('claim.statements', await loaders.statementsOfClaim(window).load(claim.id), window);
  }

  @FieldResolver(() => [Actor], { description: 'Everyone who asserted it.' })
  speakers(@Root() claim: ClaimRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.speakersOfClaim.load(claim.id);
  }

  @FieldResolver(() => String, {
    description:
      'Where its rebuttals are published as schema.org ClaimReview JSON-LD: absolute under PUBLIC_URL, else a path on this server. An empty list until it has a rebuttal.',
  })
  claimReviewUrl(@Root() claim: ClaimRecord, @Ctx() { publicUrl }: RequestContext): string {
    return publicLink(publicUrl, claimReviewPath(claim.id));
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

function related(ctx: RequestContext, id: string, relation: ClaimRelationType, direction: Direction): ClaimRecord[] | Promise<ClaimRecord[]> {
  return whenLoaded(ctx.loaders.relationsOfClaim.get(id), (relations) =>
    relations.filter((r) => r.relation === relation && (direction === 'out' ? r.fromId === id : r.toId === id)).map((r) => r.other),
  );
}
