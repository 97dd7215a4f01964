import { toCsvZip } from './csv.ts';
import { toCypher } from './cypher.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import type { ExportData } from './types.ts';

/** Every export format: its file extension, media type and renderer. */

export const exportFormats = ['json', 'cytoscape', 'graphml', 'gexf', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof exportFormats)[number];

interface Format {
  extension: string;
  contentType: string;
  render(graph: ExportData): string | Uint8Array;
}

/** Cytoscape.js's own JSON (`cy.json()`): load with `cytoscape({elements})` or `cy.json(...)`. */
function toCytoscape({ nodes, edges, claims, articles }: ExportData): string {
  const elements = { nodes: nodes.map((data) => ({ data })), edges: edges.map((data) => ({ data })) };
  return JSON.stringify({ elements, ...(claims ? { data: { claims, articles } } : {}) }, null, 2);
}

export const formats: Record<ExportFormat, Format> = {
  json: { extension: 'json', contentType: 'application/json', render: (graph) => JSON.stringify(graph, null, 2) },
  cytoscape: { extension: 'cyjs', contentType: 'application/json', render: toCytoscape },
  graphml: { extension: 'graphml', contentType: 'application/graphml+xml', render: toGraphml },
  gexf: { extension: 'gexf', contentType: 'application/gexf+xml', render: (graph) => toGexf(graph) },
  csv: { extension: 'zip', contentType: 'application/zip', render: toCsvZip },
  cypher: { extension: 'cypher', contentType: 'text/plain; charset=utf-8', render: (graph) => toCypher(graph) },
};
