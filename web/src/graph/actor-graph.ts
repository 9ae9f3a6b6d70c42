import type { ActorNeighbourhoodQuery } from '../gql/graphql';
import { actorNodeType, type GraphData, type GraphEdge, type GraphNode } from './graph-model';

type Actor = NonNullable<ActorNeighbourhoodQuery['actor']>;

/**
 * An actor's neighbourhood from its latest statements: the statements it made, the claims they
 * assert, the claims those counter or support (and are countered by), the other speakers of
 * those claims, the chains the statements came through, and the articles that carry them.
 * The API has claimGraph for claims only; this is the same picture from the actor's side.
 */
export function actorGraph(actor: Actor): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const node = (id: string, type: string, label: string) => {
    if (!nodes.has(id)) nodes.set(id, { id, type, label });
  };
  const edge = (source: string, type: string, target: string) => edges.set(`${source}-${type}-${target}`, { source, target, type });

  node(actor.id, actorNodeType(actor.type), actor.name);
  for (const { node: statement } of actor.statements.edges) {
    node(statement.id, 'Statement', statement.quote);
    edge(actor.id, 'MADE', statement.id);
    node(statement.article.id, 'Article', statement.article.title ?? 'article');
    edge(statement.article.id, 'CONTAINS', statement.id);
    statement.via.forEach((hop) => {
      node(hop.id, actorNodeType(hop.type), hop.name);
      edge(statement.id, 'VIA', hop.id);
    });
    for (const claim of statement.claims) {
      node(claim.id, 'Claim', claim.text);
      edge(statement.id, 'ASSERTS', claim.id);
      for (const speaker of claim.speakers) {
        if (speaker.id === actor.id) continue;
        node(speaker.id, actorNodeType(speaker.type), speaker.name);
        edge(speaker.id, 'ASSERTS', claim.id);
      }
      for (const other of claim.counters) {
        node(other.id, 'Claim', other.text);
        edge(claim.id, 'COUNTERS', other.id);
      }
      for (const other of claim.counteredBy) {
        node(other.id, 'Claim', other.text);
        edge(other.id, 'COUNTERS', claim.id);
      }
      for (const other of claim.supports) {
        node(other.id, 'Claim', other.text);
        edge(claim.id, 'SUPPORTS', other.id);
      }
      for (const other of claim.supportedBy) {
        node(other.id, 'Claim', other.text);
        edge(other.id, 'SUPPORTS', claim.id);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
