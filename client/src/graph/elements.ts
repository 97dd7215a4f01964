import type cytoscape from 'cytoscape';
import { DIRECTED_TYPES, edgeWidth, nodeSize } from './style.ts';

/** Converts API actors and relations (or Cypher-result look-alikes) into Cytoscape elements. */

export interface GraphNode {
  id: string;
  name?: string;
  kind?: string;
  degree?: number;
  aliases?: string[];
  affiliation?: string | null;
  [more: string]: unknown;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight?: number;
  [more: string]: unknown;
}

export function nodeElement(node: GraphNode): cytoscape.ElementDefinition {
  return {
    group: 'nodes',
    data: { ...node, label: node.name ?? node.id, kind: node.kind ?? 'other', size: nodeSize(node.degree ?? 0) },
  };
}

export function edgeElement(edge: GraphEdge): cytoscape.ElementDefinition {
  const type = edge.type.toLowerCase();
  return {
    group: 'edges',
    data: { ...edge, type, weight: edge.weight ?? 1, width: edgeWidth(edge.weight ?? 1), directed: DIRECTED_TYPES.has(type) },
  };
}

/** Elements for `cy.add`: the nodes first, then only the edges whose two ends are present. */
export function toElements(nodes: GraphNode[], edges: GraphEdge[], present: (id: string) => boolean = () => false): cytoscape.ElementDefinition[] {
  const ids = new Set(nodes.map((node) => node.id));
  const has = (id: string) => ids.has(id) || present(id);
  return [...nodes.map(nodeElement), ...edges.filter((edge) => has(edge.source) && has(edge.target)).map(edgeElement)];
}
