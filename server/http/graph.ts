import neo4j from 'neo4j-driver';
import type { RelationType } from '../extract/schema.ts';
import type { Db } from '../neo4j/client.ts';
import { HttpError } from './errors.ts';
import type { GraphFilters } from './inputs.ts';

/** The actor graph as the API serves it: filtered views, neighbourhoods, shortest paths. */

export interface Actor {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  affiliation: string | null;
  degree: number;
}

export interface Edge {
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

export interface Subgraph {
  nodes: Actor[];
  edges: Edge[];
  truncated: boolean;
  total: { nodes: number; edges: number };
}

/** The actors with these ids, in the order given; unknown ids are left out. */
export async function actorsById(db: Db, ids: string[]): Promise<Actor[]> {
  const rows = await db.read('api/actors-by-id', { ids });
  return rows.map((row) => row.actor as Actor);
}

/** The ids of the `limit` actors with the most edges, most connected first (ties by id), and how many have any. */
function mostConnected(edges: Edge[], limit: number): { ids: string[]; connected: number } {
  const degree = new Map<string, number>();
  for (const edge of edges) for (const id of [edge.source, edge.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const ranked = [...degree].sort(([a, da], [b, db]) => db - da || (a < b ? -1 : 1)).map(([id]) => id);
  return { ids: ranked.slice(0, limit), connected: ranked.length };
}

/**
 * GET /api/graph: the most connected actors (up to `limit`) among the edges that pass the filters,
 * and the edges between them. A date window or rollup recomputes the edges from the claims.
 */
export async function filteredGraph(db: Db, filters: GraphFilters): Promise<Subgraph & { dates: { min: string | null; max: string | null } }> {
  const fromClaims = Boolean(filters.from || filters.to || filters.rollup);
  const params = {
    types: filters.types,
    kinds: filters.kinds ?? null,
    minWeight: filters.minWeight,
    from: filters.from ?? null,
    to: filters.to ?? null,
    rollup: filters.rollup,
  };
  const [edgeRows, [dates]] = await Promise.all([
    db.read(fromClaims ? 'api/graph-edges-from-claims' : 'api/graph-edges', params),
    db.read('api/date-range'),
  ]);
  const allEdges = edgeRows as unknown as Edge[];
  const { ids, connected } = mostConnected(allEdges, filters.limit);
  const shown = new Set(ids);
  const edges = allEdges.filter((edge) => shown.has(edge.source) && shown.has(edge.target));
  return {
    nodes: await actorsById(db, ids),
    edges,
    truncated: connected > ids.length,
    total: { nodes: connected, edges: allEdges.length },
    dates: { min: (dates?.min as string | null) ?? null, max: (dates?.max as string | null) ?? null },
  };
}

/** The actors within `depth` relations of the start actors, nearest first and, at equal distance, most connected first. */
async function reachable(db: Db, startIds: string[], depth: number, types: RelationType[]): Promise<string[]> {
  const seen = new Set(startIds);
  let frontier = startIds;
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const rows = await db.read('api/neighbors', { ids: frontier, types });
    frontier = rows
      .filter((row) => !seen.has(row.id as string))
      .sort((a, b) => (b.degree as number) - (a.degree as number) || ((a.id as string) < (b.id as string) ? -1 : 1))
      .map((row) => row.id as string);
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}

/** The edges between `ids` (counted) and those between `shown` (listed). */
async function edgesAmong(db: Db, ids: string[], shown: string[], types: RelationType[]): Promise<{ total: number; edges: Edge[] }> {
  const [row] = await db.read('api/edges-among', { ids, shown, types });
  return { total: (row?.total as number) ?? 0, edges: (row?.edges as Edge[]) ?? [] };
}

/** The neighbourhood of one or more actors, cut at `limit` actors. Unknown start ids are a 404. */
export async function neighborhood(
  db: Db,
  startIds: string[],
  { depth, types, limit }: { depth: number; types: RelationType[]; limit: number },
): Promise<Subgraph> {
  const starts = await actorsById(db, startIds);
  const known = new Set(starts.map((actor) => actor.id));
  const unknown = startIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new HttpError(404, `no actor with id ${unknown.map((id) => JSON.stringify(id)).join(', ')}`);

  const reached = await reachable(db, [...known], depth, types);
  const shown = reached.slice(0, limit);
  const [nodes, { total, edges }] = await Promise.all([actorsById(db, shown), edgesAmong(db, reached, shown, types)]);
  return { nodes, edges, truncated: shown.length < reached.length, total: { nodes: reached.length, edges: total } };
}

export interface ActorPath {
  nodes: Actor[];
  edges: Edge[];
}

/** All shortest paths between two actors (at most `limit`), over relations of the given types. */
export async function shortestPaths(db: Db, from: string, to: string, types: RelationType[], limit: number): Promise<ActorPath[]> {
  const ends = await actorsById(db, [from, to]);
  for (const id of [from, to]) if (!ends.some((actor) => actor.id === id)) throw new HttpError(404, `no actor with id ${JSON.stringify(id)}`);
  const rows = await db.read('api/shortest-paths', { from, to, types, limit: neo4j.int(limit) });
  const ids = [...new Set(rows.flatMap((row) => row.ids as string[]))];
  const byId = new Map((await actorsById(db, ids)).map((actor) => [actor.id, actor]));
  return rows.map((row) => ({ nodes: (row.ids as string[]).map((id) => byId.get(id)!), edges: row.edges as Edge[] }));
}
