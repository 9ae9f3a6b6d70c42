import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { badInput, notFound } from '../../errors/app-error';
import { LIMITS } from '../../limits';
import { claimGraphRepository } from '../../repositories/claim-graph.repository';
import { statementRepository } from '../../repositories/statement.repository';
import { statsRepository } from '../../repositories/stats.repository';
import type { RequestContext } from '../context';
import { Attribution, ClaimGraph, Stats } from '../types/results.type';
import { DateTime } from '../types/scalars';
import { isoOrNull, luceneTerms } from './arguments';
import { lookahead } from '../lookahead';
import { selectedFields } from '../selected-fields';

/** The researchers' and dashboards' questions: who said it, what is around a claim, the figures. */
@Resolver()
export class InsightResolver {
  @Query(() => [Attribution], { description: 'Who said something like `text`: full-text over quotes and claims, best match first.' })
  async whoSaid(
    @Arg('text') text: string,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() { graph, loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Attribution[]> {
    if (!text.trim()) throw badInput('text', 'must not be empty');
    if (text.length > LIMITS.MAX_SEARCH_LENGTH) throw badInput('text', `is longer than ${LIMITS.MAX_SEARCH_LENGTH} characters`);
    const limit = first ?? 10;
    if (limit < 1 || limit > LIMITS.MAX_SEARCH_RESULTS) throw badInput('first', `must be between 1 and ${LIMITS.MAX_SEARCH_RESULTS}`);
    const hits = await statementRepository.searchAttributions(graph, luceneTerms(text), limit, selectedFields(info));
    for (const hit of hits) {
      loaders.actor.prime(hit.speaker.id, hit.speaker);
      loaders.article.prime(hit.article.id, hit.article);
      loaders.chainOfStatement.prime(hit.statement.id, hit.via);
    }
    return hits;
  }

  @Query(() => ClaimGraph, { description: 'Nodes and typed edges within `depth` hops of a claim (at most 3).' })
  async claimGraph(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { defaultValue: 2 }) depth: number,
    @Ctx() { graph }: RequestContext,
  ): Promise<ClaimGraph> {
    if (depth < 1 || depth > LIMITS.MAX_CLAIM_GRAPH_DEPTH) {
      throw badInput('depth', `must be between 1 and ${LIMITS.MAX_CLAIM_GRAPH_DEPTH}`);
    }
    const found = await claimGraphRepository.neighbourhood(graph, id, depth, LIMITS.MAX_CLAIM_GRAPH_NODES);
    if (!found) throw notFound('Claim', id, 'id');
    return found;
  }

  @Query(() => Stats, { description: 'Dashboard figures for statements published in [from, to).' })
  async stats(
    @Arg('from', () => DateTime, { nullable: true }) from: Date | null,
    @Arg('to', () => DateTime, { nullable: true }) to: Date | null,
    @Ctx() { graph }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Stats> {
    if (from && to && from >= to) throw badInput('to', 'must be after from');
    const window = { from: isoOrNull(from), to: isoOrNull(to), top: LIMITS.STATS_TOP_N };
    // Each figure is its own query: a dashboard's panel reads only the one it shows.
    const ahead = lookahead(info);
    const ifSelected = <T>(field: keyof Stats, read: () => Promise<T[]>): Promise<T[]> => (ahead.selects([field]) ? read() : Promise.resolve([]));
    const [statementsPerDay, topSpeakers, topOutlets, mostCounteredClaims, rebuttalsByVerdict] = await Promise.all([
      ifSelected('statementsPerDay', () => statsRepository.statementsPerDay(graph, window)),
      ifSelected('topSpeakers', () => statsRepository.topSpeakers(graph, window)),
      ifSelected('topOutlets', () => statsRepository.topOutlets(graph, window)),
      ifSelected('mostCounteredClaims', () => statsRepository.mostCounteredClaims(graph, window)),
      ifSelected('rebuttalsByVerdict', () => statsRepository.rebuttalsByVerdict(graph, window)),
    ]);
    return { statementsPerDay, topSpeakers, topOutlets, mostCounteredClaims, rebuttalsByVerdict };
  }
}
