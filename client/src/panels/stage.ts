import { LAYOUT_LABELS, type LayoutName } from '../graph/layouts.ts';
import { LAYOUTS } from '../state.ts';
import { formatDate, h, show } from '../util/dom.ts';

/** What sits over the graph: the counts line, the loading/empty/error card and the toolbar. */

export interface StatusInfo {
  nodes: number;
  edges: number;
  total?: { nodes: number; edges: number };
  truncated: boolean;
  window: { from: string | null; to: string | null };
  origin: 'filters' | 'query' | 'mixed';
}

export function renderStatus(host: HTMLElement, info: StatusInfo, backToFilters: () => void): void {
  const of = (shown: number, total: number | undefined) => (total !== undefined && total > shown ? [h('strong', {}, shown), ` of ${total}`] : [h('strong', {}, shown)]);
  show(
    host,
    h('span', { dataset: { testid: 'graph-counts' } }, ...of(info.nodes, info.total?.nodes), ' actors · ', ...of(info.edges, info.total?.edges), ' relations'),
    info.truncated && info.origin === 'filters' ? h('span', { class: 'badge', title: 'Raise “Show at most” or narrow the filters to see more' }, 'most connected shown') : null,
    info.window.from || info.window.to ? h('span', { class: 'badge info' }, `${formatDate(info.window.from) || '…'} – ${formatDate(info.window.to) || '…'}`) : null,
    info.origin === 'query' ? h('span', { class: 'badge info' }, 'Cypher result') : null,
    info.origin !== 'filters' ? h('button', { class: 'link', type: 'button', on: { click: backToFilters } }, 'Back to filtered view') : null,
  );
}

export type OverlayKind = 'loading' | 'empty' | 'error';

/** Shows a card over the graph, or hides it (kind null). */
export function overlay(host: HTMLElement, kind: OverlayKind | null, title = '', text = '', action?: { label: string; run: () => void }): void {
  host.hidden = kind === null;
  if (kind === null) return show(host);
  show(
    host,
    h(
      'div',
      { class: `overlay-card ${kind}`, role: kind === 'error' ? 'alert' : 'status', dataset: { testid: `graph-${kind}` } },
      kind === 'loading' ? h('div', { class: 'spinner' }) : null,
      h('h3', {}, title),
      text ? h('p', {}, text) : null,
      action ? h('button', { class: 'button primary', type: 'button', on: { click: action.run } }, action.label) : null,
    ),
  );
}

export interface ToolbarActions {
  layout(name: LayoutName): void;
  relayout(): void;
  fit(): void;
  zoom(factor: number): void;
}

export function renderToolbar(host: HTMLElement, current: LayoutName, actions: ToolbarActions): HTMLSelectElement {
  const select = h('select', { class: 'select', 'aria-label': 'Layout', title: 'Layout' }, ...LAYOUTS.map((name) => h('option', { value: name, selected: name === current }, LAYOUT_LABELS[name])));
  select.addEventListener('change', () => actions.layout(select.value as LayoutName));
  show(
    host,
    select,
    h('button', { class: 'button small', type: 'button', title: 'Lay the graph out again (l)', on: { click: actions.relayout } }, '↻ Re-layout'),
    h('span', { class: 'sep' }),
    h('button', { class: 'button small ghost icon', type: 'button', title: 'Zoom in', 'aria-label': 'Zoom in', on: { click: () => actions.zoom(1.25) } }, '+'),
    h('button', { class: 'button small ghost icon', type: 'button', title: 'Zoom out', 'aria-label': 'Zoom out', on: { click: () => actions.zoom(0.8) } }, '−'),
    h('button', { class: 'button small ghost', type: 'button', title: 'Fit the graph (f)', on: { click: actions.fit } }, 'Fit'),
  );
  return select;
}
