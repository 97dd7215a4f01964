import { h } from '../util/dom.ts';

const MAX_CELL = 2000;

interface GraphValue {
  labels?: string[];
  type?: string;
  properties: Record<string, unknown>;
}

function isGraphValue(value: unknown): value is GraphValue {
  return typeof value === 'object' && value !== null && 'elementId' in value && 'properties' in value;
}

/** Nodes as (:Label {…}), relationships as [:TYPE {…}], anything else as one-line JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (isGraphValue(value) && value.labels) text = `(:${value.labels.join(':')} ${JSON.stringify(value.properties)})`;
  else if (isGraphValue(value) && value.type) text = `[:${value.type} ${JSON.stringify(value.properties)}]`;
  else text = JSON.stringify(value);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
}

/** Rows of a Cypher result as a table; every value shown as text. */
export function resultTable(columns: string[], rows: Record<string, unknown>[]): HTMLElement {
  return h(
    'table',
    { class: 'result-table', dataset: { testid: 'result-table' } },
    h('thead', {}, h('tr', {}, ...columns.map((column) => h('th', {}, column)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, ...columns.map((column) => h('td', {}, cellText(row[column])))))),
  );
}
