import type { Graph } from '../db/graph';

export interface GraphNodeRecord {
  id: string;
  type: string;
  label: string;
}

export interface GraphEdgeRecord {
  source: string;
  target: string;
  type: string;
  confidence: number | null;
  hop: number | null;
  score: number | null;
}

export const claimGraphRepository = {
  async neighbourhood(graph: Graph, id: string, depth: number, maxNodes: number): Promise<{ nodes: GraphNodeRecord[]; edges: GraphEdgeRecord[] } | null> {
    const [row] = await graph.read('claims/claim-neighbourhood', { id, depth, maxNodes });
    return row ? { nodes: row.nodes as GraphNodeRecord[], edges: row.edges as GraphEdgeRecord[] } : null;
  },
};
