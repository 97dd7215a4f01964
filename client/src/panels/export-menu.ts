import { apiUrl, authHeaders, type Query } from '../api/http.ts';
import { download, graphImage, type ImageFormat } from '../graph/image-export.ts';
import type { GraphView } from '../graph/view.ts';
import type { Caption } from '../graph/picture-frame.ts';
import { formatDate, h, KIND_LABELS } from '../util/dom.ts';

const SERVER_FORMATS = [
  ['json', 'JSON', 'nodes and edges'],
  ['cytoscape', 'Cytoscape JSON', 'cytoscape.js elements'],
  ['graphml', 'GraphML', 'yEd, Gephi'],
  ['gexf', 'GEXF', 'Gephi'],
  ['csv', 'CSV', 'nodes and edges tables'],
  ['cypher', 'Cypher', 'CREATE script for Neo4j'],
  ['bundle', 'Bundle', 'reproducible zip, with evidence'],
] as const;

/**
 * What to export from the server: the filters of the view, a list of actors, or a query. A list of actors drawn
 * with filters (the /api/graph query of the view) carries them: the export then holds the relations between those
 * actors that the view draws (its relation types, time window, minimum weight, roll-up).
 */
export type ExportSource = { kind: 'filters'; filters: Query } | { kind: 'ids'; ids: string[]; filters?: Query } | { kind: 'query'; query: string };

/** The /api/graph filters that decide the relations between exported actors (kinds and limit choose actors). */
const EDGE_FILTERS = ['types', 'from', 'to', 'minWeight', 'rollup', 'contested', 'minOutlets'] as const;

/** Beyond this many ids the URL gets too long for the server: export by filters instead. */
const MAX_IDS = 400;

/** The Export menu: pictures made in the browser, data files made by /api/export. */
export class ExportMenu {
  private readonly list: HTMLElement;
  private readonly scopeSelection = h('input', { type: 'checkbox' });
  private readonly withClaims = h('input', { type: 'checkbox' });

  constructor(
    host: HTMLElement,
    private readonly view: GraphView,
    private readonly source: () => ExportSource,
    private readonly fail: (message: string) => void,
  ) {
    const button = h('button', { class: 'button', type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false' }, 'Export ▾');
    this.list = h(
      'div',
      { class: 'menu-list', role: 'menu', hidden: true },
      h('label', { class: 'check scope' }, this.scopeSelection, 'Selected actors only'),
      h('hr', {}),
      h('div', { class: 'menu-label' }, 'Picture'),
      this.item('PNG', 'image', () => void this.image('png')),
      this.item('SVG', 'vector image', () => void this.image('svg')),
      h('hr', {}),
      h('div', { class: 'menu-label' }, 'Data'),
      ...SERVER_FORMATS.map(([format, label, note]) => this.item(label, note, () => void this.data(format))),
      h('label', { class: 'check scope' }, this.withClaims, 'Include claims and articles'),
    );
    button.addEventListener('click', () => this.toggle(button));
    document.addEventListener('click', (event) => {
      if (!host.contains(event.target as Node)) this.close(button);
    });
    host.append(button, this.list);
  }

  private item(label: string, note: string, act: () => void): HTMLElement {
    return h('button', { type: 'button', role: 'menuitem', dataset: { format: label.toLowerCase() }, on: { click: act } }, label, h('small', {}, note));
  }

  private toggle(button: HTMLElement): void {
    this.list.hidden = !this.list.hidden;
    button.setAttribute('aria-expanded', String(!this.list.hidden));
  }

  private close(button: HTMLElement): void {
    this.list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  }

  private selectionOnly(): boolean | null {
    if (!this.scopeSelection.checked) return false;
    if (this.view.actorIds(true).length) return true;
    this.fail('Select actors first (click, Shift-click or drag a box), or untick “Selected actors only”.');
    return null;
  }

  private async image(format: ImageFormat): Promise<void> {
    const only = this.selectionOnly();
    if (only === null) return;
    if (!this.view.nodeCount) return this.fail('The graph is empty: nothing to export.');
    const { nodes, edges } = this.view.tally();
    const caption = pictureCaption(this.source(), only, nodes, edges);
    try {
      download(await this.view.withAllNamed(() => graphImage(this.view.cy, format, only, caption)), `actor-relations.${format}`);
    } catch (error) {
      this.fail(`Export failed: ${(error as Error).message}`);
    }
  }

  private async data(format: string): Promise<void> {
    const only = this.selectionOnly();
    if (only === null) return;
    const view = this.source();
    const source: ExportSource = only ? { kind: 'ids', ids: this.view.actorIds(true), filters: filtersOf(view) } : view;
    if (source.kind === 'ids' && !source.ids.length) return this.fail('The graph is empty: nothing to export.');
    const query = exportQuery(source, format, this.withClaims.checked);
    if (!query) return this.fail('Too many actors to export by id: narrow the selection, or export the filtered view.');
    const response = await fetch(apiUrl('export', query), { headers: authHeaders() }).catch(() => null);
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as { error?: string } | null;
      const reason = response?.status === 404 ? 'export is not available on this server yet' : (body?.error ?? 'the server cannot be reached');
      return this.fail(`Export failed: ${reason}`);
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `actor-relations.${format}`;
    download(await response.blob(), filename);
  }
}

/** A picture's title and the filters it was drawn with, so that it can be read away from the page. */
function pictureCaption(source: ExportSource, selectionOnly: boolean, nodes: number, edges: number): Caption {
  const filters = filtersOf(source);
  const list = (value: unknown, every: number, labels: Record<string, string> = {}) => {
    const items = String(value ?? '').split(',').filter(Boolean);
    return items.length && items.length < every ? items.map((item) => labels[item] ?? item).join(', ') : null;
  };
  const window = filters?.from || filters?.to ? `${filters.from ? formatDate(String(filters.from)) : 'start'} – ${filters.to ? formatDate(String(filters.to)) : 'now'}` : 'all time';
  const parts = [
    source.kind === 'query' ? 'Cypher query result' : null,
    filters ? (list(filters.types, 3) ?? 'all relations') : null,
    filters ? list(filters.kinds, 4, KIND_LABELS) : null,
    filters ? window : null,
    filters?.undated ? `undated claims ${filters.undated === 'include' ? 'included' : 'left out'}` : null,
    Number(filters?.minWeight ?? 1) > 1 ? `weight ≥ ${String(filters!.minWeight)}` : null,
    filters?.rollup ? 'persons rolled up' : null,
    `${nodes} actors · ${edges} relations`,
    `exported ${formatDate(new Date().toISOString().slice(0, 10))}`,
  ];
  return { title: selectionOnly ? 'Actor relations: selected actors' : 'Actor relations', subtitle: parts.filter(Boolean).join(' · ') };
}

/** The filters the view's relations were drawn with (none for a query's result: its relations are the stored ones). */
function filtersOf(source: ExportSource): Query | undefined {
  return source.kind === 'query' ? undefined : source.filters;
}

function exportQuery(source: ExportSource, format: string, claims: boolean): Query | null {
  const common = { format, claims: claims || null };
  if (source.kind === 'filters') return { ...source.filters, ...common };
  if (source.kind === 'query') return { query: source.query, ...common };
  if (source.ids.length > MAX_IDS) return null;
  const filters = Object.fromEntries(EDGE_FILTERS.map((key) => [key, source.filters?.[key]]));
  // These actors exactly (depth 0, every one of them: limit), and the relations the view draws between them.
  return { ids: source.ids.join(','), depth: 0, limit: source.ids.length, ...filters, ...common };
}
