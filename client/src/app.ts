import type cytoscape from 'cytoscape';
import { ACTOR_KINDS, RELATION_TYPES, type Actor, type CypherResponse, type Subgraph } from './api/contract.ts';
import { fetchGraph, fetchHealth, fetchNeighborhood, fetchPaths, fetchTimeline } from './api/endpoints.ts';
import { API_UNAVAILABLE, ApiError } from './api/http.ts';
import { consoleBar } from './console/console-bar.ts';
import type { CypherConsole } from './console/cypher-console.ts';
import type { LayoutName } from './graph/layouts.ts';
import { renderLegend } from './graph/legend.ts';
import { GraphView } from './graph/view.ts';
import { ActorSearch } from './panels/actor-search.ts';
import { CorrectionsDialog } from './panels/corrections-dialog.ts';
import { curation } from './panels/curation.ts';
import { ReviewDialog } from './panels/review-dialog.ts';
import { canonicalEdgeId, DetailsPanel, edgeParts } from './panels/details.ts';
import { ExportMenu, type ExportSource } from './panels/export-menu.ts';
import { FiltersPanel, type FilterPatch } from './panels/filters.ts';
import { ImportDialog } from './panels/import-dialog.ts';
import { insightsCard, type InsightActions } from './panels/insights-panel.ts';
import type { PanelActions } from './panels/panel-actions.ts';
import { bindPanelToggles } from './panels/panel-toggles.ts';
import { pathCard } from './panels/path-card.ts';
import { overlay, renderStatus, renderToolbar, type StatusInfo } from './panels/stage.ts';
import { countsUndated, graphFilters, readState, writeState, type ViewState } from './state.ts';
import { byId, h, KIND_LABELS, show } from './util/dom.ts';
import { toast } from './util/toast.ts';

/** How many neighbours a double-click brings in at first; each "+N more" doubles it. */
const EXPAND_LIMIT = 20;
/** The most neighbours the API hands out at once. */
const MAX_NEIGHBOURS = 2000;
/** How often the page asks whether the database answers: while it does (an outage shows within 10 s), and while it does not. */
const HEALTH_POLL_MS = 4000;
const HEALTH_RETRY_MS = 3000;

type Origin = StatusInfo['origin'];

/** The state of a details panel that shows nothing: what opening one thing there clears. */
const NOTHING_SHOWN = { focus: null, edge: null, path: null, article: null, claim: null, insights: false } satisfies Partial<ViewState>;

/** `<body data-graph="…">`: whether the graph is loading, drawn and laid out, empty, or failed (tests and the benchmark wait on it). */
function setGraphState(state: 'loading' | 'ready' | 'empty' | 'error'): void {
  document.body.dataset.graph = state;
}

/** The page: holds the view state and connects the graph, the panels, the console and the API. */
export class Explorer {
  private state: ViewState = readState();
  readonly view: GraphView;
  private readonly filters: FiltersPanel;
  private readonly details: DetailsPanel;
  private console: Promise<CypherConsole> | null = null;
  readonly importDialog: ImportDialog;
  readonly search: ActorSearch;
  private origin: Origin = 'filters';
  private lastStatus: Omit<StatusInfo, 'nodes' | 'edges' | 'origin'> = { truncated: false, window: { from: null, to: null } };
  private graphRequest: AbortController | null = null;
  private readonly expandLimits = new Map<string, number>();
  private healthTimer: ReturnType<typeof setTimeout> | undefined;
  private dbUp: boolean | null = null;
  /** The relation types the time slider's claim counts are for. */
  private timelineTypes: string | null = null;
  private pathFrom: ActorSearch | null = null;
  /** Names of the actors chosen in the path bar, for a path card when no path joins them. */
  private readonly pathNames = new Map<string, string>();
  /** Corrections redraw the graph, its counts and the panel on show. */
  private readonly curation = curation(() => this.graphChanged());
  readonly corrections = new CorrectionsDialog(byId<HTMLDialogElement>('corrections-dialog'), this.curation, () => this.graphChanged());
  readonly review = new ReviewDialog(byId<HTMLDialogElement>('review-dialog'), this.curation);

  constructor() {
    this.view = new GraphView(byId('graph'), {
      actor: (id) => this.selectActor(id),
      expand: (id) => void this.expand(id),
      more: (id) => void this.expand(id, (this.expandLimits.get(id) ?? EXPAND_LIMIT) * 2),
      edge: (id) => void this.openEdge(id),
      background: () => this.clearSelection(),
      changed: () => this.showStatus(),
    });
    this.view.setLayout(this.state.layout);
    this.filters = new FiltersPanel(byId('filters'), (patch) => this.changeFilters(patch));
    this.details = new DetailsPanel(byId('details'), this.panelActions());
    byId('console').append(consoleBar(() => this.toggleConsole()));
    this.search = new ActorSearch(byId('search'), { placeholder: 'Search actors…  ( / )', label: 'Search actors', choose: (actor) => void this.selectActor(actor.id, actor) });
    this.importDialog = new ImportDialog(byId<HTMLDialogElement>('import-dialog'), {
      imported: () => void this.loadGraph(false),
      openArticle: (id) => void this.details.article(id),
    });
    new ExportMenu(byId('export-menu'), this.view, () => this.exportSource(), (message) => toast(message, 'error'));
    renderLegend(byId('legend'));
    renderToolbar(byId('graph-toolbar'), this.state.layout, {
      layout: (name) => this.changeLayout(name),
      relayout: () => void this.view.layout(),
      fit: () => this.view.fit(),
      zoom: (factor) => this.view.zoomBy(factor),
    });
    // The canvas has its new size once the grid is laid out again: then fit the graph to it.
    bindPanelToggles(byId('workspace'), () => requestAnimationFrame(() => this.view.fit()));
    byId('path-button').addEventListener('click', () => this.openPathBar());
    byId('insights-button').addEventListener('click', () => this.openInsights());
    byId('import-button').addEventListener('click', () => this.importDialog.open());
    byId('corrections-button').addEventListener('click', () => void this.corrections.open());
    byId('review-button').addEventListener('click', () => void this.review.open());
    window.addEventListener('popstate', () => void this.restore(readState()));
    window.addEventListener(API_UNAVAILABLE, () => {
      if (this.dbUp === false) return;
      this.setDbStatus(false);
      this.pollHealth();
    });
  }

  async start(): Promise<void> {
    this.filters.set(this.state);
    const loaded = this.loadGraph(true);
    if (!(await this.checkHealth())) this.showGraphError(new ApiError(503, { error: 'the database is unavailable' }));
    this.pollHealth();
    await loaded;
    if (this.state.cypher) {
      const cypher = await this.cypherConsole();
      cypher.setView(this.state.cypherView);
      cypher.offerShared(this.state.cypher, this.state.cypherParams ?? '');
    }
    await this.restoreSelection();
  }

  /** The console, loaded on first use: its editor and Cypher parser are most of the page's code. */
  private cypherConsole(): Promise<CypherConsole> {
    this.console ??= import('./console/cypher-console.ts').then(
      ({ CypherConsole }) =>
        new CypherConsole(byId('console'), {
          graph: (graph, add) => void this.showQueryGraph(graph, add),
          ran: (query, params, view) => this.update({ cypher: query, cypherParams: params || null, cypherView: view }),
        }),
    );
    return this.console;
  }

  toggleConsole(): void {
    void this.cypherConsole().then((cypher) => cypher.toggle());
  }

  fit(): void {
    this.view.fit();
  }

  relayout(): void {
    void this.view.layout();
  }

  // ---------- state ----------

  private update(patch: Partial<ViewState>, push = false): void {
    this.state = { ...this.state, ...patch };
    writeState(this.state, push);
  }

  private changeFilters(patch: FilterPatch): void {
    this.update(patch);
    this.filters.timeline.setUndated(countsUndated(this.state));
    // Insights on show follow the filters.
    void this.loadGraph(false).then(() => document.querySelector('[data-testid="insights"]') && this.details.refresh());
  }

  private changeLayout(name: LayoutName): void {
    this.update({ layout: name });
    this.view.setLayout(name);
    void this.view.layout();
  }

  /** Back/forward in the browser: show the state of that address. */
  private async restore(next: ViewState): Promise<void> {
    const filtersChanged = JSON.stringify(graphFilters(next)) !== JSON.stringify(graphFilters(this.state));
    this.state = next;
    this.filters.set(next);
    if (filtersChanged || this.origin !== 'filters') await this.loadGraph(false);
    await this.restoreSelection();
  }

  private async restoreSelection(): Promise<void> {
    const { edge, focus, path, article, claim, insights } = this.state;
    if (insights) this.openInsights(false);
    else if (article) await this.details.article(article, claim ?? undefined);
    else if (edge) await this.openEdge(edge, false);
    else if (focus) await this.selectActor(focus, undefined, false);
    else if (path) {
      const [from, to] = path.split(',') as [string, string];
      await this.findPath(from, to);
    } else {
      this.view.focus(null);
      this.details.hint();
    }
  }

  // ---------- the graph ----------

  /** Loads the graph of the filters; `fresh` lays it out from scratch, else positions are kept. */
  async loadGraph(fresh: boolean): Promise<void> {
    this.graphRequest?.abort();
    const request = new AbortController();
    this.graphRequest = request;
    if (!this.state.types.length || !this.state.kinds.length) {
      this.lastStatus = { truncated: false, window: { from: this.state.from, to: this.state.to } };
      this.view.replace([], []);
      overlay(byId('graph-overlay'), 'empty', 'Nothing to show', 'Tick at least one relation type and one actor kind.');
      return setGraphState('empty');
    }
    void this.loadTimeline();
    const spinner = setTimeout(() => byId('graph-overlay').hidden && overlay(byId('graph-overlay'), 'loading', 'Loading the graph…'), 150);
    setGraphState('loading');
    try {
      const graph = await fetchGraph(graphFilters(this.state), request.signal);
      clearTimeout(spinner);
      if (request.signal.aborted) return;
      this.filters.timeline.setBounds(graph.dates.min, graph.dates.max, this.state);
      this.origin = 'filters';
      this.expandLimits.clear();
      this.lastStatus = { truncated: graph.truncated, total: graph.total, window: { from: this.state.from, to: this.state.to } };
      const drawn = fresh ? this.view.replace(graph.nodes, graph.edges) : this.view.sync(graph.nodes, graph.edges);
      this.view.paintActors(null);
      this.view.markFlips([]);
      if (!graph.nodes.length) this.showNothingMatched();
      else overlay(byId('graph-overlay'), null);
      await drawn;
      if (this.state.focus) this.view.focus(this.state.focus);
      if (this.graphRequest === request) setGraphState(graph.nodes.length ? 'ready' : 'empty');
    } catch (error) {
      clearTimeout(spinner);
      if (request.signal.aborted) return;
      this.showGraphError(error);
      setGraphState('error');
    }
  }

  /** The graph changed under the page (a correction): redraw it and what the panel shows. */
  private graphChanged(): void {
    void this.loadGraph(false);
    this.details.refresh();
  }

  /** Claims per month for the time slider's histogram, and the heaviest relation for the weight slider (once per set of relation types). */
  private async loadTimeline(): Promise<void> {
    const types = this.state.types.join(',');
    if (types === this.timelineTypes) return;
    this.timelineTypes = types;
    try {
      const timeline = await fetchTimeline(types);
      this.filters.timeline.setCounts(timeline);
      this.filters.setMaxWeight(timeline.maxWeight);
    } catch {
      // The histogram is a help, not a must: the slider works without it, and the next load asks again.
      this.timelineTypes = null;
    }
  }

  private showNothingMatched(): void {
    const anyData = (this.lastStatus.total?.nodes ?? 0) > 0;
    overlay(
      byId('graph-overlay'),
      'empty',
      'Nothing matched',
      anyData || this.state.types.length < RELATION_TYPES.length || this.state.kinds.length < ACTOR_KINDS.length || this.state.from || this.state.to || this.state.minWeight > 1 || this.state.contested || this.state.minOutlets > 1
        ? 'No relation fits these filters. Widen the time window, lower the minimum weight or outlets, or tick more relation types and actor kinds.'
        : 'The database holds no relations yet. Add an article to start.',
      { label: 'Reset filters', run: () => this.resetFilters() },
    );
  }

  private resetFilters(): void {
    const defaults = readState('');
    this.update({ types: defaults.types, kinds: defaults.kinds, minWeight: defaults.minWeight, from: null, to: null, undated: null, rollup: false, contested: false, minOutlets: 1 });
    this.filters.set(this.state);
    void this.loadGraph(true);
  }

  private showGraphError(error: unknown): void {
    if (error instanceof ApiError && error.unavailable) {
      // The top bar and the retries follow from the API_UNAVAILABLE event of the failed call.
      overlay(byId('graph-overlay'), 'error', 'The database is unreachable', 'Neo4j does not answer. The page retries by itself every few seconds.', { label: 'Retry now', run: () => void this.loadGraph(true) });
      setGraphState('error');
    } else if (error instanceof ApiError && error.status === 404) {
      overlay(byId('graph-overlay'), 'error', 'Graph not available', 'This server does not answer /api/graph yet.');
    } else {
      overlay(byId('graph-overlay'), 'error', 'The graph could not be loaded', error instanceof Error ? error.message : String(error), { label: 'Retry', run: () => void this.loadGraph(true) });
    }
  }

  private showStatus(): void {
    const { byKind, byType, nodes, edges } = this.view.tally();
    renderStatus(byId('graph-status'), { ...this.lastStatus, nodes, edges, origin: this.origin }, () => {
      this.update({ cypher: null, cypherParams: null });
      void this.loadGraph(true);
    });
    this.filters.setCounts(byType, byKind);
  }

  private async merge(graph: Pick<Subgraph, 'nodes' | 'edges'>, anchor?: string): Promise<void> {
    if (this.origin === 'filters' && graph.nodes.some((node) => !this.view.has(node.id))) this.origin = 'mixed';
    overlay(byId('graph-overlay'), null);
    await this.view.merge(graph.nodes, graph.edges, anchor);
  }

  /** Brings in an actor's neighbours (up to `limit`), with a "+N more" tag when there are more. */
  private async expand(id: string, limit = EXPAND_LIMIT): Promise<void> {
    try {
      // Neighbours already drawn come back too: ask for as many more, so that up to `limit` new ones arrive.
      const drawn = this.view.cy.getElementById(id).neighborhood('node').filter((node) => !node.hasClass('more')).length;
      const neighbours = await fetchNeighborhood(id, { depth: 1, limit: Math.min(MAX_NEIGHBOURS, limit + drawn), types: this.state.types.join(',') });
      const others = neighbours.nodes.filter((node) => node.id !== id);
      const allDrawn = this.view.has(id) && others.length > 0 && !neighbours.truncated && others.every((node) => this.view.has(node.id));
      this.expandLimits.set(id, limit);
      await this.merge(neighbours, id);
      const hidden = Math.max(0, (neighbours.total?.nodes ?? neighbours.nodes.length) - neighbours.nodes.length);
      this.view.showMore(id, neighbours.truncated ? Math.max(hidden, 1) : 0);
      // The profile on show lists the relations in view, which the expansion may have added to.
      const { focus, edge, path } = this.state;
      if (focus && !edge && !path) this.details.refresh();
      if (!others.length) toast('No neighbours with the selected relation types.');
      else if (allDrawn) toast(`All ${others.length} neighbours of ${String(this.view.cy.getElementById(id).data('label'))} are already drawn.`);
    } catch (error) {
      toast(this.failure(error, 'neighbours'), 'error');
    }
  }

  private async showQueryGraph(graph: CypherResponse['graph'], add: boolean): Promise<void> {
    overlay(byId('graph-overlay'), null);
    if (add) return this.merge(graph as Subgraph);
    this.origin = 'query';
    this.lastStatus = { truncated: false, window: { from: null, to: null } };
    await this.view.replace(graph.nodes as Subgraph['nodes'], graph.edges as Subgraph['edges']);
    setGraphState('ready');
  }

  private exportSource(): ExportSource {
    if (this.origin === 'filters') return { kind: 'filters', filters: graphFilters(this.state) };
    if (this.origin === 'query' && this.state.cypher) return { kind: 'query', query: this.state.cypher };
    return { kind: 'ids', ids: this.view.actorIds(), filters: graphFilters(this.state) };
  }

  // ---------- selection ----------

  /** Shows an actor: brings it into the graph if needed, centres it and opens its profile. */
  private async selectActor(id: string, known?: Actor, push = true): Promise<void> {
    const node = this.view.cy.getElementById(id);
    const kind = node.nonempty() ? String(node.data('kind')) : (known?.kind ?? 'state');
    if (node.nonempty() && !(kind in KIND_LABELS)) return this.showProperties(id);
    this.update({ ...NOTHING_SHOWN, focus: id }, push);
    this.view.clearHighlight();
    if (!this.view.has(id)) await this.expand(id);
    this.view.focus(id);
    await this.details.actor(id);
  }

  /** A node of a Cypher result that is not an actor (an article, a claim): its properties. */
  private showProperties(id: string): void {
    const data = this.view.cy.getElementById(id).data() as Record<string, unknown>;
    const hidden = new Set(['label', 'size', 'kind']);
    const rows = Object.entries(data).filter(([key]) => !hidden.has(key));
    this.details.custom(
      [
        h('header', { class: 'panel-head' }, h('div', { class: 'eyebrow' }, 'Node'), h('h2', {}, String(data.label ?? id))),
        h('div', { class: 'panel-body' }, h('dl', { class: 'facts' }, ...rows.flatMap(([key, value]) => [h('dt', {}, key), h('dd', {}, typeof value === 'string' ? value : JSON.stringify(value))]))),
      ],
      () => this.showProperties(id),
    );
  }

  private async openEdge(address: string, push = true): Promise<void> {
    const id = canonicalEdgeId(address);
    const parts = edgeParts(id);
    const name = (actorId: string) => String(this.view.cy.getElementById(actorId).data('label') ?? actorId);
    this.update({ ...NOTHING_SHOWN, edge: id }, push);
    this.view.selectEdge(id);
    // A relation drawn from the filters is shown as they counted it (time window, roll-up); a query's, as stored.
    await this.details.edge(id, { source: name(parts?.source ?? ''), target: name(parts?.target ?? '') }, this.origin === 'query' ? undefined : this.state);
  }

  private clearSelection(): void {
    this.view.focus(null);
    this.view.selectEdge(null);
    this.view.clearHighlight();
    this.details.hint();
    this.update(NOTHING_SHOWN);
  }

  /** Reads an article in the panel (opened from a claim, that claim marked), with its own address. */
  private openArticle(id: string, claimId?: string): void {
    this.update({ article: id, claim: claimId ?? null, insights: false }, true);
    void this.details.article(id, claimId);
  }

  private panelActions(): PanelActions {
    return {
      curation: this.curation,
      selectActor: (id) => void this.selectActor(id),
      center: (id) => this.view.focus(id),
      expand: (id) => void this.expand(id),
      pathFrom: (id) => this.openPathBar(id),
      openEdge: (id) => void this.openEdge(id),
      openArticle: (id, claimId) => this.openArticle(id, claimId),
      relationsOf: (id) =>
        this.view.cy
          .getElementById(id)
          .connectedEdges()
          .filter((edge) => !edge.hasClass('more'))
          .map((edge: cytoscape.EdgeSingular) => {
            const outgoing = edge.source().id() === id;
            const other = outgoing ? edge.target() : edge.source();
            return { edgeId: edge.id(), type: String(edge.data('type')), outgoing, other: { id: other.id(), name: String(other.data('label')) }, weight: Number(edge.data('weight')) };
          })
          .sort((a, b) => b.weight - a.weight),
      namesOf: (id) => {
        const node = this.view.cy.getElementById(id);
        return node.nonempty() ? [String(node.data('label')), ...((node.data('aliases') as string[] | undefined) ?? [])] : [];
      },
    };
  }

  // ---------- insights ----------

  /** Balance, blocs, flips and centrality of the view the filters draw, in the details panel. */
  openInsights(push = true): void {
    this.update({ ...NOTHING_SHOWN, insights: true }, push);
    this.view.clearHighlight();
    this.details.custom(insightsCard(graphFilters(this.state), this.insightActions()), () => this.openInsights(false));
  }

  private insightActions(): InsightActions {
    return {
      nameOf: (id) => (this.view.has(id) ? String(this.view.cy.getElementById(id).data('label')) : id),
      selectActor: (id) => void this.selectActor(id),
      highlightActors: (ids) => this.view.highlightActors(ids),
      paintActors: (colours) => this.view.paintActors(colours),
      markFlips: (pairs) => this.view.markFlips(pairs),
    };
  }

  // ---------- shortest path ----------

  openPathBar(fromId?: string): void {
    const bar = byId('path-bar');
    bar.hidden = false;
    const ends: { from: string | null; to: string | null } = { from: fromId ?? null, to: null };
    const close = () => (bar.hidden = true);
    // Either end may be chosen first; the path is looked for once both are there.
    const choose = (end: 'from' | 'to') => (actor: Actor) => {
      ends[end] = actor.id;
      this.pathNames.set(actor.id, actor.name);
      if (!ends.from || !ends.to) return (end === 'from' ? toSearch : this.pathFrom!).input.focus();
      if (ends.from === ends.to) return toast('Choose two different actors.', 'error');
      void this.findPath(ends.from, ends.to);
    };
    const fromHost = h('div', { class: 'search' });
    const toHost = h('div', { class: 'search' });
    show(bar, h('strong', {}, 'Path'), fromHost, h('span', {}, '→'), toHost, h('button', { class: 'button small ghost', type: 'button', 'aria-label': 'Close', on: { click: close } }, '✕'));
    // A handler that returns false cancels the key: only Escape is handled here, every other key types.
    bar.onkeydown = (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    this.pathFrom = new ActorSearch(fromHost, { placeholder: 'From actor…', label: 'Path from', choose: choose('from') });
    const toSearch = new ActorSearch(toHost, { placeholder: 'To actor…', label: 'Path to', choose: choose('to') });
    if (fromId) {
      this.pathFrom.input.value = String(this.view.cy.getElementById(fromId).data('label') ?? fromId);
      toSearch.input.focus();
    } else this.pathFrom.input.focus();
  }

  private async findPath(from: string, to: string): Promise<void> {
    this.update({ ...NOTHING_SHOWN, path: `${from},${to}` }, true);
    try {
      const result = await fetchPaths(from, to, this.state.types.join(','), this.state.rollup);
      const nodes = result.paths.flatMap((path) => path.nodes);
      const edges = result.paths.flatMap((path) => path.edges);
      await this.merge({ nodes, edges });
      const drawnName = (id: string) => (this.view.has(id) ? String(this.view.cy.getElementById(id).data('label')) : id);
      const names = {
        from: nodes.find((node) => node.id === from)?.name ?? this.pathNames.get(from) ?? drawnName(from),
        to: nodes.find((node) => node.id === to)?.name ?? this.pathNames.get(to) ?? drawnName(to),
      };
      this.details.custom(pathCard(result, names, this.panelActions(), this.state.rollup), () => void this.findPath(from, to));
      if (nodes.length) this.view.highlight([...nodes.map((node) => node.id), ...edges.map((edge) => edge.id)]);
      byId('path-bar').hidden = true;
    } catch (error) {
      toast(this.failure(error, 'the path'), 'error');
    }
  }

  // ---------- health ----------

  private failure(error: unknown, what: string): string {
    if (!(error instanceof ApiError)) return `Could not load ${what}.`;
    if (error.unavailable) return 'The database is unreachable; try again in a moment.';
    if (error.status === 404 && /no such endpoint/.test(error.message)) return `Not available: this server does not answer ${what} yet.`;
    return error.message;
  }

  private async checkHealth(): Promise<boolean> {
    try {
      await fetchHealth();
      this.setDbStatus(true);
      return true;
    } catch {
      this.setDbStatus(false);
      return false;
    }
  }

  /**
   * Asks whether the database answers every few seconds, idle or not, so that an outage shows without a
   * click; once it is back, reloads the graph and reopens what the address names (an actor, a relation, a path).
   */
  private pollHealth(): void {
    clearTimeout(this.healthTimer);
    this.healthTimer = setTimeout(
      async () => {
        const wasUp = this.dbUp;
        if ((await this.checkHealth()) && !wasUp) {
          toast('The database answers again.');
          await this.loadGraph(this.view.nodeCount === 0);
          await this.restoreSelection();
        }
        this.pollHealth();
      },
      this.dbUp ? HEALTH_POLL_MS : HEALTH_RETRY_MS,
    );
  }

  private setDbStatus(up: boolean): void {
    if (this.dbUp === true && !up) toast('The database stopped answering. The page reconnects by itself.', 'error');
    this.dbUp = up;
    const status = byId('db-status');
    status.className = `db-status ${up ? 'up' : 'down'}`;
    status.textContent = up ? 'Neo4j connected' : 'Database unreachable';
  }
}
