import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { shorten } from '../format';
import type { GraphData, GraphNode } from './graph-model';

/** One colour and shape per node type, told apart without colour too (shape), on a light ground. */
export const NODE_STYLE: Record<string, { color: string; shape: cytoscape.Css.NodeShape }> = {
  Claim: { color: '#0b5cad', shape: 'round-rectangle' },
  Statement: { color: '#5c6b7a', shape: 'ellipse' },
  Person: { color: '#b45309', shape: 'diamond' },
  Organization: { color: '#7c3aed', shape: 'hexagon' },
  Outlet: { color: '#0f766e', shape: 'round-triangle' },
  Group: { color: '#a16207', shape: 'octagon' },
  Article: { color: '#334155', shape: 'rectangle' },
  Rebuttal: { color: '#b91c1c', shape: 'star' },
  Topic: { color: '#64748b', shape: 'tag' },
};

const EDGE_COLOR: Record<string, string> = { COUNTERS: '#b91c1c', SUPPORTS: '#15803d', SIMILAR_TO: '#a16207' };

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(short)',
      'font-size': 11,
      color: '#1b1f24',
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      // Labels give way when zoomed out, so 300 nodes stay a picture rather than a blur of text.
      'min-zoomed-font-size': 7,
      width: 22,
      height: 22,
      'background-color': 'data(color)',
      shape: 'data(shape)' as unknown as cytoscape.Css.NodeShape,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.center', style: { width: 40, height: 40, 'font-size': 13, 'font-weight': 'bold', 'border-width': 4, 'border-color': '#ff9f1c' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ff9f1c' } },
  { selector: 'node.hover', style: { label: 'data(full)', 'z-index': 10, 'text-max-width': '260px' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      opacity: 0.75,
    },
  },
  { selector: 'edge.strong', style: { width: 3, opacity: 1, label: 'data(type)', 'font-size': 9, color: '#b91c1c', 'text-rotation': 'autorotate', 'min-zoomed-font-size': 8 } },
];

function elements(data: GraphData, center: string): ElementDefinition[] {
  return [
    ...data.nodes.map((node) => ({
      data: {
        id: node.id,
        type: node.type,
        full: `${node.type}: ${shorten(node.label, 160)}`,
        short: shorten(node.label, 40),
        color: NODE_STYLE[node.type]?.color ?? '#475569',
        shape: NODE_STYLE[node.type]?.shape ?? 'ellipse',
      },
      classes: node.id === center ? 'center' : '',
    })),
    ...data.edges.map((edge, index) => ({
      data: { id: `e${index}`, source: edge.source, target: edge.target, type: edge.type, color: EDGE_COLOR[edge.type] ?? '#94a3b8' },
      classes: edge.type === 'COUNTERS' || edge.type === 'SUPPORTS' ? 'strong' : '',
    })),
  ];
}

/**
 * The neighbourhood drawn with Cytoscape.js: a force-directed layout (cose) with the centre
 * marked, full labels on hover, and `onWalk` called when a node is tapped.
 */
export function GraphCanvas({ data, center, onWalk, label }: { data: GraphData; center: string; onWalk(node: GraphNode): void; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const walk = useRef(onWalk);
  walk.current = onWalk;

  useEffect(() => {
    if (!container.current) return;
    const cy: Core = cytoscape({
      container: container.current,
      elements: elements(data, center),
      style: STYLE,
      layout: {
        name: 'cose',
        animate: false,
        randomize: false,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 70,
        // Big neighbourhoods get fewer iterations: the layout must not hold the page for seconds.
        numIter: data.nodes.length > 150 ? 400 : 1000,
        padding: 20,
      },
      minZoom: 0.1,
      maxZoom: 3,
    });
    const byId = new Map(data.nodes.map((node) => [node.id, node]));
    cy.on('tap', 'node', (event) => {
      const node = byId.get(event.target.id() as string);
      if (node) walk.current(node);
    });
    cy.on('mouseover', 'node', (event) => event.target.addClass('hover'));
    cy.on('mouseout', 'node', (event) => event.target.removeClass('hover'));
    return () => cy.destroy();
  }, [data, center]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={label} />;
}
