import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { articleRepository } from '../../repositories/article.repository';
import type { RequestContext } from '../context';
import { ArticleFilter } from '../inputs/inputs';
import { PageArgs } from '../inputs/page.args';
import { selects } from '../lookahead';
import { encodeKeysetCursor, keysetWindow, pageWindow, toKeysetPage, toPage, type KeyShape } from '../pagination';
import { Actor } from '../types/actor.type';
import { Article } from '../types/article.type';
import { ArticleConnection, StatementConnection } from '../types/connections';
import { lowerOrNull, isoOrNull } from './arguments';
import type { ActorRecord } from '../../model/actor.record';
import type { ArticleRecord } from '../../model/article.record';
import type { ArticleSortKey } from '../../model/page-window';

const ARTICLE_KEY: KeyShape<ArticleSortKey> = [['at', 'string'], ['id', 'string']];

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true })
  article(@Arg('id', () => ID) id: string, @Ctx() { loaders }: RequestContext): Promise<ArticleRecord | null> {
    return loaders.article.load(id);
  }

  @Query(() => ArticleConnection, { description: 'Articles, newest first.' })
  async articles(
    @Arg('filter', () => ArticleFilter, { nullable: true }) filter: ArticleFilter | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { graph, loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const window = keysetWindow('articles', ARTICLE_KEY, first, after);
    const params = {
      outlet: lowerOrNull(filter?.outlet, 'filter.outlet'),
      search: lowerOrNull(filter?.search, 'filter.search'),
      language: filter?.language ?? null,
      from: isoOrNull(filter?.from),
      to: isoOrNull(filter?.to),
    };
    const [rows, totalCount] = await Promise.all([
      articleRepository.list(graph, params, window),
      selects(info, ['totalCount']) ? articleRepository.count(graph, params) : Promise.resolve(0),
    ]);
    for (const { article } of rows) loaders.article.prime(article.id, article);
    return toKeysetPage(rows, window, (row) => encodeKeysetCursor('articles', ARTICLE_KEY, { at: row.at, id: row.article.id }), totalCount, (row) => row.article);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The outlet that published it.' })
  async outlet(@Root() article: ArticleRecord, @Ctx() { loaders }: RequestContext): Promise<ActorRecord | null> {
    return (await loaders.outletOfArticle.load(article.id))[0] ?? null;
  }

  @FieldResolver(() => StatementConnection, { description: 'Its statements in reading order.' })
  async statements(@Root() article: ArticleRecord, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: RequestContext) {
    const window = pageWindow(first, after);
    const slice = await loaders.statementsOfArticle(window).load(article.id);
    return toPage(slice.items, slice.totalCount, window);
  }
}
