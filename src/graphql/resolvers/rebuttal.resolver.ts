import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { AddRebuttalInput, LinkClaimsInput } from '../inputs/inputs';
import { Claim, type ClaimRecord } from '../types/claim.type';
import { ClaimRelationEdge } from '../types/claim-relation-edge.type';
import { Role } from '../types/enums';
import { Rebuttal, type RebuttalRecord } from '../types/rebuttal.type';
import { requirePrincipal } from './principal';

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
