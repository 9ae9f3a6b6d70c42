/** The graph view's data, whichever query it came from: nodes with a type and a label, typed edges. */
export interface GraphNode {
  id: string;
  /** Claim, Statement, Person, Organization, Outlet, Group, Article, Rebuttal or Topic. */
  type: string;
  label: string;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: string;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const ACTOR_TYPES = new Set(['Person', 'Organization', 'Outlet', 'Group']);

/** ActorType enum values (PERSON) as the graph's node types (Person). */
export function actorNodeType(type: string): string {
  return type.charAt(0) + type.slice(1).toLowerCase();
}

/**
 * Where a click on a node leads: claims and actors open their own neighbourhood (walking the
 * graph), a statement its place in the article, an article its text, a topic a search.
 */
export function walkTarget(node: GraphNode, data: GraphData): string | null {
  if (node.type === 'Claim') return `/claims/${node.id}/graph`;
  if (ACTOR_TYPES.has(node.type)) return `/actors/${node.id}/graph`;
  if (node.type === 'Article') return `/articles/${node.id}`;
  if (node.type === 'Statement') {
    const article = data.edges.find((edge) => edge.type === 'CONTAINS' && edge.target === node.id);
    return article ? `/articles/${article.source}#statement-${node.id}` : null;
  }
  if (node.type === 'Topic') return `/search?q=${encodeURIComponent(node.label)}`;
  return null;
}

/** Keeps the nodes of the shown types, and the edges between kept nodes. */
export function filterGraph(data: GraphData, hidden: ReadonlySet<string>, center: string): GraphData {
  const nodes = data.nodes.filter((node) => node.id === center || !hidden.has(node.type));
  const kept = new Set(nodes.map((node) => node.id));
  return { nodes, edges: data.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)) };
}
