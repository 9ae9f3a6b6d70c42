import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { articleRepository } from '../../repositories/article.repository';
import type { RequestContext } from '../context';
import { ArticleFilter } from '../inputs/inputs';
import { PageArgs } from '../inputs/page.args';
import { whenLoaded } from '../loaders/primed-loader';
import { lookahead, selects, selectsPage } from '../lookahead';
import { selectedFields } from '../selected-fields';
import { encodeKeysetCursor, keysetWindow, toKeysetPage, type KeyShape } from '../pagination';
import { nestedStatementPage, nestedStatementWindow } from '../statement-pages';
import { Actor } from '../types/actor.type';
import { Article } from '../types/article.type';
import { ArticleConnection, StatementConnection } from '../types/connections';
import { lowerOrNull, isoOrNull } from './arguments';
import type { ActorRecord } from '../../model/actor.record';
import type { ArticleRecord } from '../../model/article.record';
import type { ArticleSortKey, KeysetWindow, StatementSortKey } from '../../model/page-window';

const ARTICLE_KEY: KeyShape<ArticleSortKey> = [['at', 'string'], ['id', 'string']];

/**
 * The window of the `statements` page(s) selected under an article when they all ask for the same
 * one (aliases with different pages are left to the loaders), and when its arguments are valid:
 * an invalid `first` or `after` is reported by the field itself, as without the lookahead.
 */
function onePageWindow(selections: ResolveTree[]): KeysetWindow<StatementSortKey> | null {
  const windows = new Map<string, KeysetWindow<StatementSortKey>>();
  for (const { args } of selections) {
    try {
      const window = nestedStatementWindow('article.statements', args.first as number | null | undefined, args.after as string | null | undefined);
      windows.set(JSON.stringify(window), window);
    } catch {
      return null;
    }
  }
  return windows.size === 1 ? [...windows.values()][0]! : null;
}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true })
  async article(
    @Arg('id', () => ID) id: string,
    @Ctx() { graph, loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ArticleRecord | null> {
    const ahead = lookahead(info);
    const withOutlet = ahead.selects(['outlet']);
    const window = onePageWindow(ahead.fields(['statements']));
    if (!withOutlet && !window) return loaders.article.load(id);
    // The outlet and a page of statements come in the article's own query (the common shape of
    // an article view); the field resolvers then find them in the loaders.
    const found = await articleRepository.findWithContext(graph, id, withOutlet, window, selectedFields(info));
    if (!found) return null;
    loaders.article.prime(id, found.article);
    if (found.outlets) loaders.outletOfArticle.prime(id, found.outlets);
    if (window && found.statements) loaders.statementsOfArticle(window).prime(id, found.statements);
    return found.article;
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
      selectsPage(info) ? articleRepository.list(graph, params, window) : Promise.resolve([]),
      selects(info, ['totalCount']) ? articleRepository.count(graph, params) : Promise.resolve(0),
    ]);
    for (const { article } of rows) loaders.article.prime(article.id, article);
    return toKeysetPage(rows, window, (row) => encodeKeysetCursor('articles', ARTICLE_KEY, { at: row.at, id: row.article.id }), totalCount, (row) => row.article);
  }

  @FieldResolver()
  text(@Root() article: ArticleRecord, @Ctx() { loaders }: RequestContext): string | Promise<string> {
    return article.text ?? loaders.textOfArticle.load(article.id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The outlet that published it.' })
  outlet(@Root() article: ArticleRecord, @Ctx() { loaders }: RequestContext): ActorRecord | null | Promise<ActorRecord | null> {
    return whenLoaded(loaders.outletOfArticle.get(article.id), (outlets) => outlets[0] ?? null);
  }

  @FieldResolver(() => StatementConnection, { description: 'Its statements in reading order.' })
  statements(@Root() article: ArticleRecord, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: RequestContext) {
    const window = nestedStatementWindow('article.statements', first, after);
    return whenLoaded(loaders.statementsOfArticle(window).get(article.id), (slice) => nestedStatementPage('article.statements', slice, window));
  }
}
