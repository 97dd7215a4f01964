import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { toElements, type GraphEdge, type GraphNode } from './elements.ts';
import { Labels } from './labels.ts';
import { Tooltip } from './tooltip.ts';
import { layoutGraph } from './layout-graph.ts';
import { runForceAtlas, startForceAtlasWorker } from './force-atlas-runner.ts';
import { layoutOptions, refinable, type LayoutName } from './layouts.ts';
import { MAX_NODE_SIZE, stylesheet } from './style.ts';

cytoscape.use(fcose);
cytoscape.use(svg);

/**
 * From this many actors or relations on, the graph is drawn the cheap way (see `stylesheet(large)`)
 * and pan and zoom move a snapshot of the drawing (redrawn sharp when the gesture ends).
 */
const LARGE_NODES = 400;
/** A layout fits the graph to the window, but a handful of actors is not blown up beyond this zoom. */
const FIT_MAX_ZOOM = 1.6;
const LARGE_EDGES = 1500;

function isLarge(nodes: number, edges: number): boolean {
  return nodes >= LARGE_NODES || edges >= LARGE_EDGES;
}

export interface GraphEvents {
  actor(id: string): void;
  expand(id: string): void;
  more(anchorId: string): void;
  edge(id: string): void;
  background(): void;
  /** The set of drawn actors or relations changed. */
  changed(): void;
}

function withModifier(event: cytoscape.EventObject): boolean {
  const input = event.originalEvent as MouseEvent | undefined;
  return !!input && (input.shiftKey || input.ctrlKey || input.metaKey);
}

/**
 * Makes Cytoscape compute the style of `elements` now rather than in the next frame (reading a
 * style property computes it).
 */
function styledNow<T extends cytoscape.Collection>(elements: T): T {
  elements.forEach((element) => void element.style('display'));
  return elements;
}

/** The Cytoscape canvas: what is drawn, its layout, selection and highlights. Knows nothing of the API. */
export class GraphView {
  readonly cy: cytoscape.Core;
  private layoutName: LayoutName = 'fcose';
  private running: cytoscape.Layouts | null = null;
  /** Counts layout runs, so that positions arriving after a newer run started are dropped. */
  private layoutRun = 0;
  private large = false;
  private readonly labels: Labels;
  /** What the last two taps hit, older first: Cytoscape fires dbltap for two quick taps on anything. */
  private taps: [cytoscape.EventObject['target'] | null, cytoscape.EventObject['target'] | null] = [null, null];

  constructor(
    container: HTMLElement,
    private readonly events: GraphEvents,
  ) {
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: true,
      selectionType: 'additive',
    });
    this.labels = new Labels(this.cy);
    new Tooltip(this.cy, container.parentElement ?? container);
    startForceAtlasWorker();
    this.cy.on('tap', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      if (node.hasClass('more')) events.more(String(node.data('anchor')));
      // A click with Shift (or Ctrl, ⌘) only adds the actor to the selection, as a drag with Shift does.
      else if (!withModifier(event)) events.actor(node.id());
    });
    this.cy.on('dbltap', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      // Two quick clicks on two actors (a Shift-click selection) are not a double-click on the second.
      if (this.taps[0] === node && !node.hasClass('more')) events.expand(node.id());
    });
    this.cy.on('tap', 'edge', (event) => {
      const edge = event.target as cytoscape.EdgeSingular;
      if (!edge.hasClass('more') && edge.data('type') !== 'affiliation') events.edge(edge.id());
    });
    this.cy.on('tap', (event) => {
      this.taps = [this.taps[1], event.target];
      if (event.target === this.cy) events.background();
    });
  }

  get nodeCount(): number {
    return this.cy.nodes().not('.more').length;
  }

  /** How many actors of each kind and relations of each type are drawn (one pass, for big graphs). */
  tally(): { byKind: Map<string, number>; byType: Map<string, number>; nodes: number; edges: number } {
    const byKind = new Map<string, number>();
    const byType = new Map<string, number>();
    let [nodes, edges] = [0, 0];
    this.cy.elements().forEach((element) => {
      if (element.hasClass('more')) return;
      const { kind, type } = element.data() as { kind?: string; type?: string };
      const node = element.isNode();
      const [counts, key] = node ? [byKind, String(kind)] : [byType, String(type)];
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (node) nodes++;
      else edges++;
    });
    return { byKind, byType, nodes, edges };
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** Replaces everything drawn and lays it out afresh. */
  replace(nodes: GraphNode[], edges: GraphEdge[]): Promise<void> {
    this.running?.stop();
    const elements = toElements(nodes, edges);
    if (this.layoutName === 'fcose' && !refinable(nodes.length, elements.length - nodes.length)) return this.replaceWithForceAtlas(nodes, elements);
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.drawFor(nodes.length, elements.length - nodes.length);
      this.cy.add(elements);
    });
    this.events.changed();
    this.labels.refresh();
    return this.layout();
  }

  /**
   * A graph too big for fCoSE: while a worker lays it out, this thread adds the elements and
   * works out the actors' style, then holds the drawing in a batch so that nothing is drawn before every
   * actor has its place.
   */
  private async replaceWithForceAtlas(nodes: GraphNode[], elements: cytoscape.ElementDefinition[]): Promise<void> {
    const run = ++this.layoutRun;
    const nodeElements = elements.filter((element) => element.group === 'nodes');
    const edgeElements = elements.filter((element) => element.group === 'edges');
    const layingOut = runForceAtlas(layoutGraph(nodes.map((node) => node.id), edgeElements.map((element) => element.data as GraphEdge)));
    await layingOut.received;
    this.cy.elements().remove();
    this.drawFor(nodes.length, edgeElements.length);
    // Nodes styled before the edges exist do not visit their relations for each property. The edges,
    // thousands, are added in one batch and styled together at the first frame: cheaper than one by one.
    const added = styledNow(this.cy.add(nodeElements));
    this.cy.batch(() => this.cy.add(edgeElements));
    this.events.changed();
    let placed = false;
    this.cy.startBatch();
    try {
      placed = this.place(added, await layingOut.positions, run);
    } finally {
      this.cy.endBatch();
    }
    if (placed) this.fitNodes();
  }

  /**
   * Makes the drawing hold exactly these elements while keeping the positions of those that stay,
   * so that a change of filters or time window shows what appears, disappears or changes weight.
   */
  sync(nodes: GraphNode[], edges: GraphEdge[]): Promise<void> {
    if (this.cy.nodes().empty()) return this.replace(nodes, edges);
    const wanted = new Set([...nodes.map((node) => node.id), ...edges.map((edge) => edge.id)]);
    let fresh = this.cy.collection();
    this.cy.batch(() => {
      this.cy.elements().filter((ele) => !wanted.has(ele.id())).remove();
      for (const element of toElements(nodes, edges)) {
        const existing = this.cy.getElementById(element.data.id!);
        if (existing.nonempty()) existing.data(element.data);
      }
      const added = toElements(
        nodes.filter((node) => !this.has(node.id)),
        edges.filter((edge) => !this.has(edge.id)),
        (id) => this.has(id),
      );
      for (const element of added) if (element.group === 'nodes') element.position = this.besideNeighbour(element.data.id!, edges);
      fresh = this.cy.add(added);
      this.drawFor(this.cy.nodes().length, this.cy.edges().length);
    });
    this.events.changed();
    if (fresh.nodes().empty()) return Promise.resolve();
    // When over a third of the drawing is new (a higher limit, a wider window), keeping places would pile the newcomers up.
    return this.layout(fresh.nodes().length <= this.cy.nodes().length / 3);
  }

  /** A spot next to an already drawn neighbour of `id`, or near the centre. */
  private besideNeighbour(id: string, edges: GraphEdge[]): cytoscape.Position {
    const link = edges.find((edge) => (edge.source === id && this.has(edge.target)) || (edge.target === id && this.has(edge.source)));
    const base = link ? this.cy.getElementById(link.source === id ? link.target : link.source).position() : this.viewportCenter();
    const angle = Math.random() * 2 * Math.PI;
    return { x: base.x + 80 * Math.cos(angle), y: base.y + 80 * Math.sin(angle) };
  }

  /** Adds what is not drawn yet next to `anchor` (or the centre), then settles the layout around it. */
  merge(nodes: GraphNode[], edges: GraphEdge[], anchor?: string): Promise<void> {
    let added = this.cy.collection();
    this.cy.batch(() => {
      const fresh = toElements(
        nodes.filter((node) => !this.has(node.id)),
        edges.filter((edge) => !this.has(edge.id)),
        (id) => this.has(id),
      );
      const center = anchor && this.has(anchor) ? this.cy.getElementById(anchor).position() : this.viewportCenter();
      fresh.forEach((element, index) => {
        if (element.group !== 'nodes') return;
        const angle = (2 * Math.PI * index) / Math.max(1, nodes.length);
        element.position = { x: center.x + 140 * Math.cos(angle), y: center.y + 140 * Math.sin(angle) };
      });
      added = this.cy.add(fresh);
      this.drawFor(this.cy.nodes().length, this.cy.edges().length);
    });
    this.events.changed();
    if (added.nodes().empty()) return Promise.resolve();
    return this.layout(true);
  }

  setLayout(name: LayoutName): void {
    this.layoutName = name;
  }

  /**
   * Runs the current layout; resolves when it stops. The force-directed layout of a graph too big
   * for fCoSE is ForceAtlas2's, and an incremental run of it keeps every position (new actors
   * already sit beside a neighbour).
   */
  layout(incremental = false): Promise<void> {
    this.running?.stop();
    const eles = this.cy.elements();
    if (eles.empty()) return Promise.resolve();
    if (this.layoutName === 'fcose' && !refinable(eles.nodes().length, eles.edges().length)) {
      if (!incremental) return this.placeByForceAtlas(eles);
      // Nothing moves, so no layout end names the actors just added: name them now.
      this.labels.refresh();
      return Promise.resolve();
    }
    this.layoutRun++;
    const layout = eles.layout(layoutOptions(this.layoutName, eles, incremental));
    this.running = layout;
    // The layout fitted the drawing with its names at their old size; fit the actors themselves, filling the canvas.
    const done = layout.promiseOn('layoutstop').then(() => {
      this.cy.viewport(this.nodesViewport(FIT_MAX_ZOOM));
      this.labels.refresh();
    });
    layout.run();
    return done;
  }

  private async placeByForceAtlas(eles: cytoscape.Collection): Promise<void> {
    const run = ++this.layoutRun;
    const graph = layoutGraph(
      eles.nodes().map((node) => node.id()),
      eles.edges().map((edge) => ({ source: String(edge.data('source')), target: String(edge.data('target')) })),
    );
    const positions = await runForceAtlas(graph).positions;
    let placed = false;
    this.cy.batch(() => (placed = this.place(eles.nodes(), positions, run)));
    if (placed) this.fitNodes();
  }

  /** Moves `nodes` to these positions, unless a newer layout run has started since. */
  private place(nodes: cytoscape.NodeCollection, positions: Map<string, cytoscape.Position>, run: number): boolean {
    if (run !== this.layoutRun) return false;
    nodes.positions((node) => positions.get(node.id()) ?? node.position());
    return true;
  }

  /** Switches between the detailed and the cheap drawing when a graph of this size needs the other. */
  private drawFor(nodes: number, edges: number): void {
    const large = isLarge(nodes, edges);
    if (large === this.large) return;
    this.large = large;
    this.cy.style(stylesheet(large));
    const renderer = (this.cy as unknown as { renderer(): { textureOnViewport: boolean } }).renderer();
    renderer.textureOnViewport = large;
  }

  /**
   * Fits the view to the actors' positions (plus room for the biggest one): `cy.fit` would first
   * measure every element, labels and edges included, which costs seconds on a big graph.
   */
  private fitNodes(): void {
    this.cy.viewport(this.nodesViewport());
    this.labels.refresh();
  }

  /**
   * The zoom and pan that fit the actors' positions to the canvas, with room for the biggest actor and a name
   * under it (names keep their size on screen, so they are not scaled with the rest).
   */
  private nodesViewport(maxZoom = this.cy.maxZoom()): { zoom: number; pan: cytoscape.Position } {
    const padding = { x: 16 + MAX_NODE_SIZE / 2, y: 32 + MAX_NODE_SIZE / 2 };
    const positions = this.cy.nodes().map((node) => node.position());
    const xs = positions.map((position) => position.x);
    const ys = positions.map((position) => position.y);
    const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const zoom = Math.min((this.cy.width() - 2 * padding.x) / Math.max(1, x2 - x1), (this.cy.height() - 2 * padding.y) / Math.max(1, y2 - y1));
    const level = Math.min(maxZoom, Math.max(this.cy.minZoom(), zoom));
    return { zoom: level, pan: { x: (this.cy.width() - level * (x1 + x2)) / 2, y: (this.cy.height() - level * (y1 + y2)) / 2 } };
  }

  private viewportCenter(): cytoscape.Position {
    const extent = this.cy.extent();
    return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  }

  /** Marks, selects and centres an actor. */
  focus(id: string | null): void {
    this.selectEdge(null);
    this.cy.nodes('.focus').removeClass('focus');
    if (!id || !this.has(id)) return;
    const node = this.cy.getElementById(id);
    node.addClass('focus');
    this.cy.elements(':selected').unselect();
    node.select();
    this.labels.refresh();
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 350 });
  }

  /** Selects a relation and dims everything but it and its two actors. */
  selectEdge(id: string | null): void {
    this.cy.batch(() => {
      this.cy.edges(':selected').unselect();
      this.cy.elements('.dimmed').removeClass('dimmed');
      this.cy.nodes('.ends').removeClass('ends');
      if (!id || !this.has(id)) return;
      const edge = this.cy.getElementById(id).select();
      edge.connectedNodes().addClass('ends');
      this.cy.elements().not(edge.union(edge.connectedNodes())).addClass('dimmed');
    });
    this.labels.refresh();
  }

  /** Puts the elements of a path forward and fades the rest. */
  highlight(ids: string[]): void {
    this.clearHighlight();
    const on = ids.reduce((collection, id) => collection.union(this.cy.getElementById(id)), this.cy.collection());
    this.cy.batch(() => {
      on.addClass('on-path');
      this.cy.elements().not(on).addClass('faded');
    });
    this.cy.animate({ fit: { eles: on, padding: 80 } }, { duration: 400 });
  }

  /** Puts these actors and the relations among them forward. */
  highlightActors(ids: string[]): void {
    const nodes = ids.reduce((collection, id) => collection.union(this.cy.getElementById(id)), this.cy.collection());
    this.highlight([...nodes.map((node) => node.id()), ...nodes.edgesWith(nodes).map((edge) => edge.id())]);
  }

  /** Paints actors with colours of their own (actor id → colour); null gives them back the colours of their kinds. */
  paintActors(colours: Map<string, string> | null): void {
    this.cy.batch(() => {
      this.cy.nodes().removeStyle('background-color');
      for (const [id, colour] of colours ?? []) if (this.has(id)) this.cy.getElementById(id).style('background-color', colour);
    });
  }

  /** Marks the relations between these pairs of actors as flipped (replacing earlier marks). */
  markFlips(pairs: [string, string][]): void {
    this.cy.batch(() => {
      this.cy.edges('.flipped').removeClass('flipped');
      for (const [a, b] of pairs) if (this.has(a) && this.has(b)) this.cy.getElementById(a).edgesWith(this.cy.getElementById(b)).addClass('flipped');
    });
  }

  clearHighlight(): void {
    this.cy.batch(() => this.cy.elements().removeClass('on-path faded'));
  }

  /** Shows a "+N more" tag beside an actor whose neighbours were capped; clicking it asks for more. */
  showMore(anchor: string, hidden: number): void {
    const id = `more:${anchor}`;
    this.cy.remove(this.cy.getElementById(id));
    if (hidden <= 0 || !this.has(anchor)) return;
    const position = this.cy.getElementById(anchor).position();
    this.cy.add([
      { group: 'nodes', data: { id, label: `+${hidden} more`, anchor, kind: 'more', size: 18, width: 16 + 6.5 * `+${hidden} more`.length }, classes: 'more', position: { x: position.x + 60, y: position.y - 40 } },
      { group: 'edges', data: { id: `${id}:edge`, source: anchor, target: id }, classes: 'more' },
    ]);
  }

  /** Runs `draw` (a picture's drawing) with every actor named. */
  withAllNamed<T>(draw: () => Promise<T>): Promise<T> {
    return this.labels.withAllNamed(draw);
  }

  /** Actor ids currently drawn (or only the selected ones). */
  actorIds(selectedOnly = false): string[] {
    const nodes = this.cy.nodes().not('.more');
    return (selectedOnly ? nodes.filter(':selected') : nodes).map((node) => node.id());
  }

  /** Fits the actors to the canvas, filling it (a handful of actors is not blown up beyond FIT_MAX_ZOOM). */
  fit(): void {
    if (this.cy.nodes().empty()) return;
    this.cy.animate(this.nodesViewport(FIT_MAX_ZOOM), { duration: 300, complete: () => this.labels.refresh() });
  }

  zoomBy(factor: number): void {
    const extent = this.viewportCenter();
    this.cy.zoom({ level: this.cy.zoom() * factor, position: extent });
  }
}
