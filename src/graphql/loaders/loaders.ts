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

/** How each per-request loader is made. */
const FACTORIES = {
  article: (graph: Graph) => loader(graph, articleRepository.findByIds, null),
  actor: (graph: Graph) => loader(graph, actorRepository.findByIds, null),
  statement: (graph: Graph) => loader(graph, statementRepository.findByIds, null),
  claim: (graph: Graph) => loader(graph, claimRepository.findByIds, null),

  textOfArticle: (graph: Graph) => loader(graph, articleRepository.findTexts, ''),
  outletOfArticle: (graph: Graph) => loader(graph, articleRepository.findOutlets, []),
  statementsOfArticle: (graph: Graph) => pagedLoader(graph, articleRepository.listStatements),

  rolesOfActor: (graph: Graph) => loader(graph, actorRepository.findRoles, []),
  parentsOfOrganization: (graph: Graph) => loader(graph, actorRepository.findParents, []),
  membersOfOrganization: (graph: Graph) => loader(graph, actorRepository.findMembers, []),
  statementsOfActor: (graph: Graph) => pagedLoader(graph, actorRepository.listStatements),

  speakerOfStatement: (graph: Graph) => loader(graph, statementRepository.findSpeakers, []),
  chainOfStatement: (graph: Graph) => loader(graph, statementRepository.findChains, []),
  claimsOfStatement: (graph: Graph) => loader(graph, statementRepository.findClaims, []),
  reportedByStatement: (graph: Graph) => loader(graph, statementRepository.findReported, []),
  reportingStatement: (graph: Graph) => loader(graph, statementRepository.findReporting, []),

  statementsOfClaim: (graph: Graph) => pagedLoader(graph, claimRepository.listStatements),
  speakersOfClaim: (graph: Graph) => loader(graph, claimRepository.findSpeakers, []),
  relationsOfClaim: (graph: Graph) => loader(graph, claimRepository.findRelations, []),
  similarToClaim: (graph: Graph) => loader(graph, claimRepository.findSimilar, []),
  rebuttalsOfClaim: (graph: Graph) => loader(graph, claimRepository.findRebuttals, []),
  appearancesOfClaim: (graph: Graph) => loader(graph, claimRepository.findAppearances, []),
  topicsOfClaim: (graph: Graph) => loader(graph, claimRepository.findTopics, []),
};

export type Loaders = { readonly [K in keyof typeof FACTORIES]: ReturnType<(typeof FACTORIES)[K]> };

/** Each loader is made the first time a request asks for it: most requests use one or two of them. */
class RequestLoaders {
  readonly made: Partial<Record<keyof Loaders, unknown>> = {};
  constructor(readonly graph: Graph) {}
}
for (const name of Object.keys(FACTORIES) as (keyof Loaders)[]) {
  Object.defineProperty(RequestLoaders.prototype, name, {
    get(this: RequestLoaders) {
      return (this.made[name] ??= FACTORIES[name](this.graph));
    },
  });
}

/**
 * The per-request loaders: every nested field costs one Cypher round trip per level of the
 * query, whatever the page size. Fresh for each request so no data outlives it.
 */
export function createLoaders(graph: Graph): Loaders {
  return new RequestLoaders(graph) as unknown as Loaders;
}
