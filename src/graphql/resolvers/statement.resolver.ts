import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { statementRepository, type ListedStatement, type RelationSides, type StatementIncludes } from '../../repositories/statement.repository';
import type { RequestContext } from '../context';
import { StatementFilter } from '../inputs/inputs';
import { PageArgs } from '../inputs/page.args';
import { lookahead, PAGE_FIELDS, perSelection } from '../lookahead';
import { selectedFields } from '../selected-fields';
import type { Loaders } from '../loaders/loaders';
import { whenLoaded } from '../loaders/primed-loader';
import { encodeKeysetCursor, keysetWindow, toKeysetPage } from '../pagination';
import { STATEMENT_KEY } from '../statement-pages';
import { Actor } from '../types/actor.type';
import { Article } from '../types/article.type';
import { Claim } from '../types/claim.type';
import { StatementConnection } from '../types/connections';
import { Statement } from '../types/statement.type';
import { isoOrNull, lowerOrNull, lucenePrefixTerms, quoteSearchTerms } from './arguments';
import type { ActorRecord } from '../../model/actor.record';
import type { ArticleRecord } from '../../model/article.record';
import type { SelectedFields } from '../../model/selected-fields';
import type { StatementRecord } from '../../model/statement.record';


/** A claim's fields that are answered from its COUNTERS/SUPPORTS edges. */
const RELATION_FIELDS = ['counters', 'counteredBy', 'supports', 'supportedBy', 'relations'] as const;

/** What a statements page's query reads along, from what the request selects under `edges.node`. */
function includesOf(info: GraphQLResolveInfo): { include: StatementIncludes; listed: boolean; totalCount: boolean } {
  return perSelection(info, readIncludes);
}

/**
 * The sides of the claims' edges to read along. The loader they are primed into serves every
 * path of the request, so the sides are those any path may read: a field selected anywhere in
 * the operation (`relations` reads them all).
 */
function relationSidesOf(selected: SelectedFields): RelationSides {
  const all = selected.has('relations');
  return {
    counters: all || selected.has('counters'),
    counteredBy: all || selected.has('counteredBy'),
    supports: all || selected.has('supports'),
    supportedBy: all || selected.has('supportedBy'),
  };
}

function readIncludes(info: GraphQLResolveInfo): { include: StatementIncludes; listed: boolean; totalCount: boolean } {
  const ahead = lookahead(info);
  const node = ['edges', 'node'];
  return {
    include: {
      speaker: ahead.selects([...node, 'speaker']),
      via: ahead.selects([...node, 'via']),
      article: ahead.selects([...node, 'article']),
      outlet: ahead.selects([...node, 'article', 'outlet']),
      claims: ahead.selects([...node, 'claims']),
      relations: ahead.selectsAny([...node, 'claims'], RELATION_FIELDS),
      relationSides: relationSidesOf(selectedFields(info)),
    },
    // A dashboard asking only `totalCount` reads a counter, not the page too.
    listed: ahead.selectsAny([], PAGE_FIELDS),
    totalCount: ahead.selects(['totalCount']),
  };
}

/** Hands what the list query read along to the loaders, so the field resolvers find it there. */
function prime(loaders: Loaders, rows: readonly ListedStatement[]): void {
  for (const { statement, context, claims } of rows) {
    if (context) {
      if (context.speakers) loaders.speakerOfStatement.prime(statement.id, context.speakers);
      if (context.via) loaders.chainOfStatement.prime(statement.id, context.via);
      if (context.article) {
        loaders.article.prime(context.article.id, context.article);
        if (context.outlets) loaders.outletOfArticle.prime(context.article.id, context.outlets);
      }
    }
    if (claims) {
      loaders.claimsOfStatement.prime(statement.id, claims.map(({ claim }) => claim));
      for (const { claim, relations } of claims) if (relations) loaders.relationsOfClaim.prime(claim.id, relations);
    }
  }
}

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { nullable: true })
  statement(@Arg('id', () => ID) id: string, @Ctx() { loaders }: RequestContext): Promise<StatementRecord | null> {
    return loaders.statement.load(id);
  }

  @Query(() => StatementConnection, { description: 'Statements, newest first, filtered.' })
  async statements(
    @Arg('filter', () => StatementFilter, { nullable: true }) filter: StatementFilter | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { graph, loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const window = keysetWindow('statements', STATEMENT_KEY, first, after);
    const text = lowerOrNull(filter?.text, 'filter.text');
    const speaker = lowerOrNull(filter?.speaker, 'filter.speaker');
    const params = {
      speaker,
      speakerTerms: speaker === null ? null : lucenePrefixTerms(speaker),
      speakerId: filter?.speakerId ?? null,
      outlet: lowerOrNull(filter?.outlet, 'filter.outlet'),
      articleId: filter?.articleId ?? null,
      claimId: filter?.claimId ?? null,
      text,
      textTerms: text === null ? null : quoteSearchTerms(text),
      kind: filter?.kind ?? null,
      from: isoOrNull(filter?.from),
      to: isoOrNull(filter?.to),
    };
    const { include, listed, totalCount: counted } = includesOf(info);
    const [rows, totalCount] = await Promise.all([
      listed ? statementRepository.list(graph, params, window, include, selectedFields(info)) : Promise.resolve([]),
      counted ? statementRepository.count(graph, params) : Promise.resolve(0),
    ]);
    prime(loaders, rows);
    return toKeysetPage(
      rows.map((row) => row.statement),
      window,
      (statement) => encodeKeysetCursor('statements', STATEMENT_KEY, statement),
      totalCount,
    );
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'Who said it; null for UNATTRIBUTED statements and for a source that names no one (see `sourceText`).',
  })
  speaker(@Root() statement: StatementRecord, @Ctx() { loaders }: RequestContext): ActorRecord | null | Promise<ActorRecord | null> {
    return whenLoaded(loaders.speakerOfStatement.get(statement.id), (speakers) => speakers[0] ?? null);
  }

  @FieldResolver(() => [Actor], { description: 'Through whom we heard it, nearest hop first.' })
  via(@Root() statement: StatementRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.chainOfStatement.get(statement.id);
  }

  @FieldResolver(() => Article)
  article(@Root() statement: StatementRecord, @Ctx() { loaders }: RequestContext): ArticleRecord | Promise<ArticleRecord> {
    return loaders.article.get(statement.articleId) as ArticleRecord | Promise<ArticleRecord>;
  }

  @FieldResolver(() => [Claim], { description: 'The claims it asserts; none when its content is no proposition ("the memo").' })
  claims(@Root() statement: StatementRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.claimsOfStatement.get(statement.id);
  }

  @FieldResolver(() => [Statement], { description: 'Nested speech it reports ("Yusov says Russia says …").' })
  reports(@Root() statement: StatementRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.reportedByStatement.load(statement.id);
  }

  @FieldResolver(() => [Statement], { description: 'Statements that report this one.' })
  reportedBy(@Root() statement: StatementRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.reportingStatement.load(statement.id);
  }
}
