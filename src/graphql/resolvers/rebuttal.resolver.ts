import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { AddRebuttalInput, LinkClaimsInput } from '../inputs/inputs';
import { Claim } from '../types/claim.type';
import { ClaimRelationEdge } from '../types/claim-relation-edge.type';
import { Role } from '../types/enums';
import { Rebuttal } from '../types/rebuttal.type';
import { requirePrincipal } from './principal';
import type { ClaimRecord } from '../../model/claim.record';
import type { RebuttalRecord } from '../../model/rebuttal.record';

/** Fact-checkers' work: verdicts on claims and links between claims. */
@Resolver(() => Rebuttal)
export class RebuttalResolver {
  @Authorized(Role.FACT_CHECKER)
  @Mutation(() => Rebuttal, { description: 'Records a verdict on a claim. Needs FACT_CHECKER.' })
  addRebuttal(@Arg('input', () => AddRebuttalInput) input: AddRebuttalInput, @Ctx() ctx: RequestContext): Promise<RebuttalRecord> {
    return ctx.services.curation.addRebuttal(
      { ...input, evidenceUrls: input.evidenceUrls?.map((url) => url.toString()) ?? [] },
      requirePrincipal(ctx),
    );
  }

  @Authorized(Role.FACT_CHECKER)
  @Mutation(() => ClaimRelationEdge, { description: 'Says that one claim counters or supports another. Needs FACT_CHECKER.' })
  async linkClaims(@Arg('input', () => LinkClaimsInput) input: LinkClaimsInput, @Ctx() ctx: RequestContext) {
    const relation = await ctx.services.curation.linkClaims(input.fromClaimId, input.toClaimId, input.relation, requirePrincipal(ctx));
    const [from, to] = await ctx.loaders.claim.loadMany([relation.fromId, relation.toId]);
    return { ...relation, from, to };
  }

  @FieldResolver(() => Claim)
  async claim(@Root() rebuttal: RebuttalRecord, @Ctx() { loaders }: RequestContext): Promise<ClaimRecord> {
    return (await loaders.claim.load(rebuttal.claimId)) as ClaimRecord;
  }
}
