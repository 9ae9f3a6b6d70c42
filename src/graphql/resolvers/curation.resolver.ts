import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { IngestStatus, Role } from '../types/enums';
import type { RequestContext } from '../context';
import { CorrectStatementInput, IngestArticleInput } from '../inputs/inputs';
import { Actor } from '../types/actor.type';
import type { ActorRecord } from '../../model/actor.record';
import type { ArticleRecord } from '../../model/article.record';
import type { StatementRecord } from '../../model/statement.record';
import { IngestResult } from '../types/results.type';
import { Statement } from '../types/statement.type';
import { requirePrincipal } from './principal';

/** Editors' and admins' writes: ingest, corrections, aliases, merges. */
@Resolver()
export class CurationResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => IngestResult, {
    description:
      'Stores an article with its statements, in one transaction. The same text twice changes nothing (status UNCHANGED). Needs EDITOR.',
  })
  async ingestArticle(@Arg('input', () => IngestArticleInput) input: IngestArticleInput, @Ctx() ctx: RequestContext): Promise<IngestResult> {
    const outcome = await ctx.services.ingest.ingest({ ...input, url: input.url?.toString() ?? null }, requirePrincipal(ctx));
    const article = (await ctx.loaders.article.load(outcome.articleId)) as ArticleRecord;
    return { ...outcome, article, status: outcome.created ? IngestStatus.CREATED : IngestStatus.UNCHANGED };
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Statement, { description: 'Corrects a statement by hand; the correction wins over later automatic runs. Needs EDITOR.' })
  async correctStatement(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CorrectStatementInput) input: CorrectStatementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StatementRecord> {
    await ctx.services.curation.correctStatement(id, input, requirePrincipal(ctx));
    return (await ctx.loaders.statement.load(id)) as StatementRecord;
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, { description: 'Adds another spelling of an actor’s name. Needs EDITOR.' })
  async addAlias(@Arg('actorId', () => ID) actorId: string, @Arg('alias') alias: string, @Ctx() ctx: RequestContext): Promise<ActorRecord> {
    await ctx.services.curation.addAlias(actorId, alias, requirePrincipal(ctx));
    return (await ctx.loaders.actor.load(actorId)) as ActorRecord;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Actor, { description: 'Merges the source actor into the target: statements, roles and spellings move; the source is deleted. Needs ADMIN.' })
  async mergeActors(
    @Arg('sourceId', () => ID) sourceId: string,
    @Arg('targetId', () => ID) targetId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ActorRecord> {
    await ctx.services.curation.mergeActors(sourceId, targetId, requirePrincipal(ctx));
    return (await ctx.loaders.actor.load(targetId)) as ActorRecord;
  }
}
