import { h } from '../util/dom.ts';

const MAX_CELL = 2000;
/** Properties shown beside a relationship's type, when it has them. */
const RELATION_FACTS = ['weight', 'claims', 'count'];

interface NodeValue {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

interface RelationshipValue {
  elementId: string;
  type: string;
  properties: Record<string, unknown>;
}

function isNodeValue(value: unknown): value is NodeValue {
  return typeof value === 'object' && value !== null && 'elementId' in value && 'labels' in value && 'properties' in value;
}

function isRelationshipValue(value: unknown): value is RelationshipValue {
  return typeof value === 'object' && value !== null && 'elementId' in value && 'type' in value && 'properties' in value;
}

function isPathValue(value: unknown): value is { nodes: NodeValue[]; relationships: RelationshipValue[] } {
  return typeof value === 'object' && value !== null && 'nodes' in value && 'relationships' in value;
}

function clipped(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
}

/** A node as its name (or title, or id) with its labels and kind: "Turkey  :Actor · state". */
function nodeCell({ labels, properties }: NodeValue): HTMLElement {
  const name = properties.name ?? properties.title ?? properties.id ?? properties.file;
  const kind = typeof properties.kind === 'string' ? ` · ${properties.kind.replace('_', ' ')}` : '';
  return h('span', { class: 'cell-node', title: clipped(JSON.stringify(properties, null, 1)) }, h('span', { class: 'cell-name' }, String(name ?? '(no name)')), h('span', { class: 'cell-meta' }, `:${labels.join(':')}${kind}`));
}

/** A relationship as its type and its main counts: "OPPOSES · weight 3". */
function relationshipCell({ type, properties }: RelationshipValue): HTMLElement {
  const facts = RELATION_FACTS.filter((key) => properties[key] !== undefined).map((key) => `${key} ${String(properties[key])}`);
  return h('span', { class: 'cell-relationship', title: clipped(JSON.stringify(properties, null, 1)) }, h('span', { class: 'cell-name' }, type), facts.length ? h('span', { class: 'cell-meta' }, facts.join(' · ')) : null);
}

/** Nodes and relationships (also in lists and paths) readably; anything else as one-line JSON. */
function cell(value: unknown): Node | string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return clipped(value);
  if (isNodeValue(value)) return nodeCell(value);
  if (isRelationshipValue(value)) return relationshipCell(value);
  if (isPathValue(value)) return cell(value.nodes.flatMap((node, index) => (value.relationships[index] ? [node, value.relationships[index]] : [node])));
  if (Array.isArray(value) && value.some((item) => isNodeValue(item) || isRelationshipValue(item))) {
    return h('span', { class: 'cell-list' }, ...value.map((item) => cell(item)));
  }
  return clipped(JSON.stringify(value));
}

/** Rows of a Cypher result as a table. */
export function resultTable(columns: string[], rows: Record<string, unknown>[]): HTMLElement {
  return h(
    'table',
    { class: 'result-table', dataset: { testid: 'result-table' } },
    h('thead', {}, h('tr', {}, ...columns.map((column) => h('th', {}, column)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, ...columns.map((column) => h('td', {}, cell(row[column])))))),
  );
}
