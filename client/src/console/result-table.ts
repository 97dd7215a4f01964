import { h } from '../util/dom.ts';

const MAX_CELL = 2000;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 1);
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
