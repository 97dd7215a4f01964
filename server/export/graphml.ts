import { evidenceByEdge } from './evidence.ts';
import { actorFields, edgeFields } from './fields.ts';
import type { ExportData } from './types.ts';
import { attributes, escapeXml } from './xml.ts';

/** GraphML (for yEd, Gephi, NetworkX): actors as nodes, relations as edges; negotiates edges are undirected. */

const nodeKeys = [
  ['name', 'string'],
  ['kind', 'string'],
  ['aliases', 'string'],
  ['affiliation', 'string'],
  ['degree', 'int'],
] as const;
const edgeKeys = [
  ['type', 'string'],
  ['weight', 'double'],
  ['claims', 'int'],
  ['articles', 'int'],
  ['first_seen', 'string'],
  ['last_seen', 'string'],
  ['evidence', 'string'],
] as const;

function keys(target: 'node' | 'edge', list: readonly (readonly [string, string])[]): string[] {
  return list.map(([name, type]) => `  <key${attributes({ id: `${target}_${name}`, for: target, 'attr.name': name, 'attr.type': type })}/>`);
}

function data(target: 'node' | 'edge', values: Record<string, unknown>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => `<data key="${target}_${name}">${escapeXml(value)}</data>`)
    .join('');
}

export function toGraphml(graph: ExportData): string {
  const evidence = evidenceByEdge(graph);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('node', nodeKeys),
    ...keys('edge', edgeKeys),
    '  <graph id="actors" edgedefault="directed">',
    ...graph.nodes.map(
      (actor) =>
        `    <node${attributes({ id: actor.id })}>${data('node', { name: actor.name, ...actorFields(actor) })}</node>`,
    ),
    ...graph.edges.map(
      (edge) =>
        `    <edge${attributes({ id: edge.id, source: edge.source, target: edge.target, directed: edge.type === 'negotiates' ? 'false' : undefined })}>${data('edge', {
          type: edge.type,
          weight: edge.weight,
          ...edgeFields(edge, evidence),
        })}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
