import neo4j from 'neo4j-driver';
import { actorKinds, type RelationType } from '../extract/schema.ts';
import type { Db } from '../neo4j/client.ts';
import { withSources, type Sourced } from './edge-sources.ts';
import { HttpError } from './errors.ts';
import { countsUndated, edgeCap, recountsFromClaims, type GraphFilters } from './inputs.ts';

/** The actor graph as the API serves it: filtered views, neighbourhoods, shortest paths. */

export interface Actor {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  affiliation: string | null;
  degree: number;
}

/** A relation edge as stored (or recounted from the claims), before its outlets are counted. */
export interface CountedEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  weight: number;
  claims: number;
  articles: number;
  first_seen: string | null;
  last_seen: string | null;
}

/** An edge as the API serves it: with `outlets` (distinct article sources) and `contested` (see edge-sources.ts). */
export type Edge = CountedEdge & Sourced;

export interface Subgraph<E extends CountedEdge = Edge> {
  nodes: Actor[];
  edges: E[];
  truncated: boolean;
  total: { nodes: number; edges: number };
}

/** The actors with these ids, in the order given; unknown ids are left out. */
export async function actorsById(db: Db, ids: string[]): Promise<Actor[]> {
  const rows = await db.read('api/actors-by-id', { ids });
  return rows.map((row) => row.actor as Actor);
}

interface EdgeScope {
  ids: string[];
  types: RelationType[];
  minWeight: number;
  maxEdges: number;
}

/** The `maxEdges` heaviest stored edges between the actors `ids` (with their outlets and contested flags), and whether there were more. */
async function heaviestEdgesAmong(db: Db, scope: EdgeScope): Promise<{ edges: Edge[]; cut: boolean }> {
  const rows = (await db.read('api/edges-among', { ...scope, maxEdges: neo4j.int(scope.maxEdges) })) as unknown as Edge[];
  return { edges: rows.slice(0, scope.maxEdges), cut: rows.length > scope.maxEdges };
}

/** How many edges (of these types) there are between the actors `ids`. */
async function edgeCount(db: Db, ids: string[], types: RelationType[]): Promise<number> {
  const [row] = await db.read('api/edge-count', { ids, types });
  return row!.edges as number;
}

type GraphParams = Pick<GraphFilters, 'types' | 'minWeight' | 'limit'> & { kinds: GraphFilters['kinds'] | null };

/** The overview over the stored edges, ranked and cut in Cypher: only the shown actors and edges leave Neo4j. */
async function storedOverview(db: Db, params: GraphParams, maxEdges: number): Promise<Subgraph> {
  const [ranking] = await db.read('api/graph-ranking', { ...params, limit: neo4j.int(params.limit) });
  const ids = ranking!.ids as string[];
  const connected = ranking!.connected as number;
  const [nodes, { edges, cut }] = await Promise.all([actorsById(db, ids), heaviestEdgesAmong(db, { ...params, ids, maxEdges })]);
  return {
    nodes,
    edges,
    truncated: connected > ids.length || cut,
    total: { nodes: connected, edges: ranking!.edges as number },
  };
}

type ViewFilters = Pick<GraphFilters, 'types' | 'minWeight' | 'from' | 'to' | 'undated' | 'rollup' | 'contested' | 'minOutlets'> & { kinds: GraphFilters['kinds'] | null };

/** Whether these filters need the edges summed for the view (from their month buckets) rather than read as stored. */
export function needsView(filters: Partial<Pick<GraphFilters, 'from' | 'to' | 'undated' | 'rollup' | 'contested' | 'minOutlets'>>): boolean {
  return recountsFromClaims(filters) || Boolean(filters.contested) || (filters.minOutlets ?? 1) > 1;
}

/** The months a day-precise bound of the window cuts: their buckets are only partly in it, so their claims are counted instead. */
export function partialMonths({ from, to }: Pick<GraphFilters, 'from' | 'to'>): string[] {
  return [...new Set([from, to].filter((bound): bound is string => bound !== undefined && bound.length > 7).map((bound) => bound.slice(0, 7)))];
}

/** An edge as graph-view returns it: a list, lighter than a map ('' for a missing date). */
type EdgeRow = [source: string, target: string, type: RelationType, claims: number, articles: number, first_seen: string, last_seen: string, outlets: number, contested: boolean];

function edgeOfRow([source, target, type, claims, articles, first_seen, last_seen, outlets, contested]: EdgeRow): Edge {
  const id = `${source}|${type}|${target}`;
  return { id, source, target, type, weight: claims, claims, articles, first_seen: first_seen || null, last_seen: last_seen || null, outlets, contested };
}

/** Who is shown in a view: the actors `among`, or the `limit` most connected. */
type Shown = { among: string[]; limit?: never } | { limit: number; among?: never };

/**
 * A view's graph (date window, undated claims, rollup, contested pairs, several outlets), its edges summed from the
 * stored edges or their month buckets, ranked and cut in Cypher (cypher/api/graph-view.cypher): the shown actors'
 * ids, the heaviest `maxEdges` edges among them and whether there were more, and how many actors and edges pass.
 */
async function graphInView(db: Db, filters: ViewFilters, shown: Shown, maxEdges: number): Promise<{ ids: string[]; edges: Edge[]; cut: boolean; connected: number; total: number }> {
  const { types, kinds, minWeight, from, to, rollup, contested, minOutlets } = filters;
  const undated = countsUndated(filters);
  const [row] = await db.read('api/graph-view', {
    kinds,
    types,
    minWeight,
    minOutlets,
    contested,
    from: from ?? null,
    to: to ?? null,
    undated,
    whole: !from && !to && undated,
    rollup,
    partial: partialMonths(filters),
    among: shown.among ?? null,
    limit: neo4j.int(shown.limit ?? 0),
    maxEdges: neo4j.int(maxEdges),
  });
  const edges = (row!.cut as EdgeRow[]).map(edgeOfRow);
  return { ids: row!.ids as string[], edges: edges.slice(0, maxEdges), cut: edges.length > maxEdges, connected: row!.connected as number, total: row!.edges as number };
}

/** The overview of a view (date window, rollup): see graphInView. */
async function overviewInView(db: Db, params: GraphParams & ViewFilters, maxEdges: number): Promise<Subgraph> {
  const { ids, edges, cut, connected, total } = await graphInView(db, params, { limit: params.limit }, maxEdges);
  return {
    nodes: await actorsById(db, ids),
    edges,
    truncated: connected > ids.length || cut,
    total: { nodes: connected, edges: total },
  };
}

/**
 * The graph /api/graph draws: the most connected actors (up to `limit`) among the edges that pass the filters, and
 * the heaviest edges between them (up to `maxEdges`), each with its outlets and contested flag. A date window, rollup
 * or an outlet filter sums the edges for the view from their month buckets; else they are read as stored.
 */
export async function drawnGraph(db: Db, filters: GraphFilters): Promise<Subgraph> {
  // Every kind listed filters nothing: null keeps the ranking on the degree store.
  const everyKind = actorKinds.every((kind) => filters.kinds?.includes(kind));
  const params = { ...filters, kinds: everyKind ? null : (filters.kinds ?? null) };
  const maxEdges = edgeCap(filters);
  return needsView(filters) ? overviewInView(db, params, maxEdges) : storedOverview(db, params, maxEdges);
}

/** GET /api/graph: the drawn graph, every edge with its outlets and contested flag, and the range of claim dates. */
export async function filteredGraph(db: Db, filters: GraphFilters): Promise<Subgraph & { dates: { min: string | null; max: string | null } }> {
  const [graph, [dates]] = await Promise.all([drawnGraph(db, filters), db.read('api/date-range')]);
  return { ...graph, dates: { min: (dates?.min as string | null) ?? null, max: (dates?.max as string | null) ?? null } };
}

/** Beyond the relation types, the /api/graph filters that decide which edges join given actors (`kinds` and `limit` choose actors, not edges). */
export type EdgeView = Pick<GraphFilters, 'minWeight' | 'from' | 'to' | 'undated' | 'rollup' | 'contested' | 'minOutlets'>;
type EdgeFilters = EdgeView & Pick<GraphFilters, 'types'> & { maxEdges: number };

/**
 * The `maxEdges` heaviest edges between the actors `ids` as /api/graph computes them with these filters (a date
 * window or rollup sums them for the view), and whether there were more.
 */
async function edgesAmong(db: Db, ids: string[], filters: EdgeFilters): Promise<{ edges: Edge[]; cut: boolean }> {
  const { types, minWeight, maxEdges } = filters;
  if (!needsView(filters)) {
    return heaviestEdgesAmong(db, { ids, types, minWeight, maxEdges });
  }
  const { edges, cut } = await graphInView(db, { ...filters, kinds: null }, { among: ids }, maxEdges);
  return { edges, cut };
}

/** The actors one relation away from `frontier` and not in `reached`, most connected first (ties by id). */
async function nextLevel(db: Db, frontier: string[], reached: string[], types: RelationType[]): Promise<string[]> {
  const rows = await db.read('api/neighbors', { ids: frontier, types, seen: reached });
  return rows
    .sort((a, b) => (b.degree as number) - (a.degree as number) || ((a.id as string) < (b.id as string) ? -1 : 1))
    .map((row) => row.id as string);
}

/** The actors reached so far (nearest first and, at equal distance, most connected first), the last level reached, and its distance. */
interface Reach {
  reached: string[];
  frontier: string[];
  level: number;
}

/** Goes on from `reach` a level at a time, up to `depth` relations away or until `enough` actors are reached. */
async function reachFurther(db: Db, reach: Reach, depth: number, types: RelationType[], enough = Infinity): Promise<Reach> {
  let { reached, frontier, level } = reach;
  while (level < depth && frontier.length > 0 && reached.length < enough) {
    frontier = await nextLevel(db, frontier, reached, types);
    reached = [...reached, ...frontier];
    level += 1;
  }
  return { reached, frontier, level };
}

/**
 * The neighbourhood of one or more actors, cut at `limit` actors and `maxEdges` edges (the heaviest). With a view
 * (minimum weight, date window, rollup) its edges are those /api/graph draws with it. Unknown start ids are a 404.
 */
export async function neighborhood(
  db: Db,
  startIds: string[],
  { depth, types, limit, maxEdges, ...view }: { depth: number; types: RelationType[]; limit: number; maxEdges?: number | undefined } & Partial<EdgeView>,
): Promise<Subgraph> {
  const starts = await actorsById(db, startIds);
  const known = new Set(starts.map((actor) => actor.id));
  const unknown = startIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new HttpError(404, `no actor with id ${unknown.map((id) => JSON.stringify(id)).join(', ')}`);

  // Nearest first: the shown actors are known once `limit` are reached, often a level before the last, so their
  // edges are fetched while the farther levels are still counted.
  const near = await reachFurther(db, { reached: [...known], frontier: [...known], level: 0 }, depth, types, limit);
  const shown = near.reached.slice(0, limit);
  const filters = {
    types,
    minWeight: view.minWeight ?? 1,
    from: view.from,
    to: view.to,
    undated: view.undated,
    rollup: view.rollup ?? false,
    contested: view.contested ?? false,
    minOutlets: view.minOutlets ?? 1,
    maxEdges: edgeCap({ limit, maxEdges }),
  };
  const counted = reachFurther(db, near, depth, types).then(async ({ reached }) => ({ reached, total: await edgeCount(db, reached, types) }));
  const [nodes, { edges, cut }, { reached, total }] = await Promise.all([actorsById(db, shown), edgesAmong(db, shown, filters), counted]);
  return { nodes, edges, truncated: shown.length < reached.length || cut, total: { nodes: reached.length, edges: total } };
}

/** A step of a path: a relation edge or, with roll-up, a person's affiliation to its state or organization. */
export type PathEdge = Omit<Edge, 'type'> & { type: RelationType | 'affiliation' };

export interface ActorPath {
  nodes: Actor[];
  edges: PathEdge[];
}

/** All shortest paths between two actors (at most `limit`), over relations of the given types (and affiliations, rolled up). */
export async function shortestPaths(db: Db, from: string, to: string, { types, limit, rollup }: { types: RelationType[]; limit: number; rollup: boolean }): Promise<ActorPath[]> {
  const ends = await actorsById(db, [from, to]);
  for (const id of [from, to]) if (!ends.some((actor) => actor.id === id)) throw new HttpError(404, `no actor with id ${JSON.stringify(id)}`);
  const rows = await db.read('api/shortest-paths', { from, to, types, limit: neo4j.int(limit), rollup });
  const ids = [...new Set(rows.flatMap((row) => row.ids as string[]))];
  const [actors, edges] = await Promise.all([actorsById(db, ids), withSources(db, rows.flatMap((row) => row.edges as CountedEdge[]))]);
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  const edgeById = new Map(edges.map((edge) => [edge.id, edge]));
  return rows.map((row) => ({ nodes: (row.ids as string[]).map((id) => actorById.get(id)!), edges: (row.edges as CountedEdge[]).map((edge) => edgeById.get(edge.id)!) }));
}
