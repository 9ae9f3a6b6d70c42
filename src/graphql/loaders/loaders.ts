import { PrimedLoader } from './primed-loader';
import type { Graph } from '../../db/graph';
import { actorRepository } from '../../repositories/actor.repository';
import { articleRepository } from '../../repositories/article.repository';
import { claimRepository } from '../../repositories/claim.repository';
import type { Slice } from '../../repositories/group-rows';
import { statementRepository } from '../../repositories/statement.repository';
import type { KeysetWindow, StatementSortKey } from '../../model/page-window';
import type { StatementRecord } from '../../model/statement.record';

type Batch<V> = (graph: Graph, ids: readonly string[]) => Promise<Map<string, V>>;

/** A loader that answers every id asked for in one tick with one query; missing ids get `fallback`. */
function loader<V>(graph: Graph, batch: Batch<V>, fallback: V): PrimedLoader<V> {
  return new PrimedLoader<V>(async (ids) => {
    const found = await batch(graph, ids);
    return ids.map((id) => found.get(id) ?? fallback);
  });
}

/**
 * Paged relations (an actor's statements, an article's statements…): one loader per distinct
 * page window, so sibling parents asking for the same page share one query.
 */
function pagedLoader(
  graph: Graph,
  batch: (graph: Graph, ids: readonly string[], window: KeysetWindow<StatementSortKey>) => Promise<Map<string, Slice<StatementRecord>>>,
) {
  const byWindow = new Map<string, PrimedLoader<Slice<StatementRecord>>>();
  return (window: KeysetWindow<StatementSortKey>) => {
    const key = JSON.stringify([window.limit, window.after]);
    let existing = byWindow.get(key);
    if (!existing) {
      existing = loader(graph, (g, ids) => batch(g, ids, window), { totalCount: 0, items: [] });
      byWindow.set(key, existing);
    }
    return existing;
  };
}

/**
 * The per-request loaders: every nested field costs one Cypher round trip per level of the
 * query, whatever the page size. Built fresh for each request so no data outlives it.
 */
export function createLoaders(graph: Graph) {
  return {
    article: loader(graph, articleRepository.findByIds, null),
    actor: loader(graph, actorRepository.findByIds, null),
    statement: loader(graph, statementRepository.findByIds, null),
    claim: loader(graph, claimRepository.findByIds, null),

    textOfArticle: loader(graph, articleRepository.findTexts, ''),
    outletOfArticle: loader(graph, articleRepository.findOutlets, []),
    statementsOfArticle: pagedLoader(graph, articleRepository.listStatements),

    rolesOfActor: loader(graph, actorRepository.findRoles, []),
    parentsOfOrganization: loader(graph, actorRepository.findParents, []),
    membersOfOrganization: loader(graph, actorRepository.findMembers, []),
    statementsOfActor: pagedLoader(graph, actorRepository.listStatements),

    speakerOfStatement: loader(graph, statementRepository.findSpeakers, []),
    chainOfStatement: loader(graph, statementRepository.findChains, []),
    claimsOfStatement: loader(graph, statementRepository.findClaims, []),
    reportedByStatement: loader(graph, statementRepository.findReported, []),
    reportingStatement: loader(graph, statementRepository.findReporting, []),

    statementsOfClaim: pagedLoader(graph, claimRepository.listStatements),
    speakersOfClaim: loader(graph, claimRepository.findSpeakers, []),
    relationsOfClaim: loader(graph, claimRepository.findRelations, []),
    similarToClaim: loader(graph, claimRepository.findSimilar, []),
    rebuttalsOfClaim: loader(graph, claimRepository.findRebuttals, []),
    appearancesOfClaim: loader(graph, claimRepository.findAppearances, []),
    topicsOfClaim: loader(graph, claimRepository.findTopics, []),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
