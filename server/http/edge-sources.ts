import type { RelationType } from '../extract/schema.ts';
import type { Db } from '../neo4j/client.ts';

/**
 * Source diversity and disagreement of relation edges: `outlets` counts the distinct sources of the articles an
 * edge's claims come from (articles without a source count as one unnamed outlet); `contested` says the pair has both
 * supports and opposes claims (in either direction, within the view's window), whatever types the view shows.
 */
export interface Sourced {
  outlets: number;
  contested: boolean;
}

interface TypedPair {
  source: string;
  target: string;
  type: RelationType;
}

/** The same key for a pair in either direction. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The pairs among these edges (of every type, counted in the window) that have both supports and opposes edges. */
export function contestedPairs(edges: TypedPair[]): Set<string> {
  const supported = new Set(edges.filter((edge) => edge.type === 'supports').map((edge) => pairKey(edge.source, edge.target)));
  return new Set(edges.filter((edge) => edge.type === 'opposes' && supported.has(pairKey(edge.source, edge.target))).map((edge) => pairKey(edge.source, edge.target)));
}

/** Stored edges with their outlets and contested flags, read from the stored edges between their actors. */
export async function withSources<T extends TypedPair>(db: Db, edges: T[]): Promise<(T & Sourced)[]> {
  if (edges.length === 0) return [];
  const ids = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))];
  const counted = (await db.read('api/edge-outlets', { ids })) as unknown as (TypedPair & Pick<Sourced, 'outlets'>)[];
  const contested = contestedPairs(counted);
  const outlets = new Map(counted.map((row) => [`${row.source}|${row.type}|${row.target}`, row.outlets]));
  return edges.map((edge) => ({
    ...edge,
    outlets: outlets.get(`${edge.source}|${edge.type}|${edge.target}`) ?? 0,
    contested: contested.has(pairKey(edge.source, edge.target)),
  }));
}
