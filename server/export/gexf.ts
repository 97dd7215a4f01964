import { evidenceByEdge } from './evidence.ts';
import { actorFields, edgeFields } from './fields.ts';
import type { ExportData } from './types.ts';
import { attributes } from './xml.ts';

/**
 * GEXF 1.3 (for Gephi): declared node and edge attributes, and each edge alive from its
 * first_seen to its last_seen (a dynamic graph for Gephi's timeline); negotiates edges are undirected.
 */

const nodeAttributes = [
  ['kind', 'string'],
  ['aliases', 'string'],
  ['affiliation', 'string'],
  ['degree', 'integer'],
] as const;
const edgeAttributes = [
  ['relation', 'string'],
  ['claims', 'integer'],
  ['articles', 'integer'],
  ['first_seen', 'string'],
  ['last_seen', 'string'],
  ['evidence', 'string'],
] as const;

/** A partial ISO date as the first or last day it covers: "2024" starts 2024-01-01 and ends 2024-12-31. */
export function dayOf(date: string | null, edge: 'start' | 'end'): string | undefined {
  if (!date) return undefined;
  const [year, month, day] = date.split('-');
  if (day) return date;
  if (edge === 'start') return `${year}-${month ?? '01'}-01`;
  if (!month) return `${year}-12-31`;
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(lastDay).padStart(2, '0')}`;
}

function declarations(target: 'node' | 'edge', list: readonly (readonly [string, string])[]): string[] {
  return [
    `    <attributes class="${target}" mode="static">`,
    ...list.map(([id, type]) => `      <attribute${attributes({ id, title: id, type })}/>`),
    '    </attributes>',
  ];
}

function attvalues(values: Record<string, unknown>): string {
  const present = Object.entries(values).filter(([, value]) => value !== null && value !== undefined && value !== '');
  return `<attvalues>${present.map(([name, value]) => `<attvalue${attributes({ for: name, value })}/>`).join('')}</attvalues>`;
}

export function toGexf(graph: ExportData, now = new Date()): string {
  const evidence = evidenceByEdge(graph);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}"><creator>actor-relations explorer</creator><description>actors and their supports / opposes / negotiates relations</description></meta>`,
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    ...declarations('node', nodeAttributes),
    ...declarations('edge', edgeAttributes),
    '    <nodes>',
    ...graph.nodes.map(
      (actor) =>
        `      <node${attributes({ id: actor.id, label: actor.name })}>${attvalues(actorFields(actor))}</node>`,
    ),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.map(
      (edge) =>
        `      <edge${attributes({
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type === 'negotiates' ? 'undirected' : undefined,
          label: edge.type,
          weight: edge.weight,
          start: dayOf(edge.first_seen, 'start'),
          end: dayOf(edge.last_seen, 'end'),
        })}>${attvalues({ relation: edge.type, ...edgeFields(edge, evidence) })}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
