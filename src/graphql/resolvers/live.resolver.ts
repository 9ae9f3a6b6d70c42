import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import { GraphTopic, type ClaimCounteredEvent, type RebuttalAddedEvent, type StatementAddedEvent } from '../../events/graph-events';
import type { ClaimRecord } from '../../model/claim.record';
import type { RebuttalRecord } from '../../model/rebuttal.record';
import type { StatementRecord } from '../../model/statement.record';
import type { RequestContext } from '../context';
import { StatementAddedFilter } from '../inputs/live.inputs';
import { createLoaders } from '../loaders/loaders';
import { ClaimRelationEdge } from '../types/claim-relation-edge.type';
import { Rebuttal } from '../types/rebuttal.type';
import { Statement } from '../types/statement.type';

/** Whether a new statement is one the subscriber asked to hear of. */
export function statementMatches(event: StatementAddedEvent, filter: StatementAddedFilter | null | undefined): boolean {
  if (!filter) return true;
  if (filter.speakerId != null && event.speakerId !== filter.speakerId) return false;
  if (filter.claimId != null && event.claimId !== filter.claimId) return false;
  if (filter.kind != null && event.statement.kind !== filter.kind) return false;
  const outlet = filter.outlet?.trim().toLowerCase();
  if (outlet && !event.outlets.some((name) => name.includes(outlet))) return false;
  return true;
}

/**
 * Each event is read like one HTTP request: fresh loaders, so a subscription that lives for
 * hours neither serves rows cached at its first event nor keeps every row it ever loaded.
 * graphql-ws runs one subscription's events one after another, so no event shares them.
 */
function freshLoaders(ctx: RequestContext): RequestContext['loaders'] {
  ctx.loaders = createLoaders(ctx.graph);
  return ctx.loaders;
}

/** Live updates over graphql-ws: what was written, announced once its transaction committed. */
@Resolver()
export class LiveResolver {
  @Subscription(() => Statement, {
    topics: GraphTopic.STATEMENT_ADDED,
    filter: ({ payload, args }) => statementMatches(payload as StatementAddedEvent, (args as { filter?: StatementAddedFilter | null }).filter),
    description: 'Each statement an ingest writes, once it is committed; `filter` narrows it by speaker, claim, outlet or kind.',
  })
  statementAdded(
    @Root() event: StatementAddedEvent,
    @Arg('filter', () => StatementAddedFilter, { nullable: true }) _filter: StatementAddedFilter | null,
    @Ctx() ctx: RequestContext,
  ): StatementRecord {
    freshLoaders(ctx);
    return event.statement;
  }

  @Subscription(() => ClaimRelationEdge, {
    topics: GraphTopic.CLAIM_COUNTERED,
    filter: ({ payload, args }) => {
      const claimId = (args as { claimId?: string | null }).claimId;
      return claimId == null || (payload as ClaimCounteredEvent).toId === claimId;
    },
    description: 'A claim got a COUNTERS link, from an ingest or linkClaims: `to` is the countered claim, `from` the one countering it.',
  })
  async claimCountered(
    @Root() event: ClaimCounteredEvent,
    @Arg('claimId', () => ID, { nullable: true, description: 'Only links countering this claim.' }) _claimId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ClaimRelationEdge> {
    const [from, to] = (await freshLoaders(ctx).claim.loadMany([event.fromId, event.toId])) as ClaimRecord[];
    return { ...event, from: from as ClaimRecord, to: to as ClaimRecord };
  }

  @Subscription(() => Rebuttal, {
    topics: GraphTopic.REBUTTAL_ADDED,
    filter: ({ payload, args }) => {
      const claimId = (args as { claimId?: string | null }).claimId;
      return claimId == null || (payload as RebuttalAddedEvent).claimId === claimId;
    },
    description: 'Each rebuttal a fact-checker adds, once it is committed.',
  })
  rebuttalAdded(
    @Root() event: RebuttalAddedEvent,
    @Arg('claimId', () => ID, { nullable: true, description: 'Only rebuttals of this claim.' }) _claimId: string | null,
    @Ctx() ctx: RequestContext,
  ): RebuttalRecord {
    freshLoaders(ctx);
    return event;
  }
}
