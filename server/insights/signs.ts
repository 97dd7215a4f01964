import type { Edge } from '../http/graph.ts';
import { pairKey } from '../http/edge-sources.ts';

/**
 * A pair's sign: its supports claims minus its opposes claims, over both directions, as counted by the edges of the
 * view (so within its date window and roll-up); negotiates is neutral. Pairs whose claims cancel out have no sign.
 */
export interface SignedTie {
  a: string;
  b: string;
  /** supports − opposes claims: > 0 positive, < 0 negative. */
  net: number;
}

const signOf: Record<Edge['type'], number> = { supports: 1, opposes: -1, negotiates: 0 };

/** The signed ties among the edges (a < b), in a stable order. */
export function signedTies(edges: Pick<Edge, 'source' | 'target' | 'type' | 'weight'>[]): SignedTie[] {
  const net = new Map<string, SignedTie>();
  for (const edge of edges) {
    const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const tie = net.get(pairKey(a, b)) ?? { a, b, net: 0 };
    tie.net += signOf[edge.type] * edge.weight;
    net.set(pairKey(a, b), tie);
  }
  return [...net.values()].filter((tie) => tie.net !== 0).sort((x, y) => (pairKey(x.a, x.b) < pairKey(y.a, y.b) ? -1 : 1));
}

/** Each actor's signed neighbours: actor → neighbour → net. */
export function signedNeighbours(ties: SignedTie[]): Map<string, Map<string, number>> {
  const neighbours = new Map<string, Map<string, number>>();
  const link = (from: string, to: string, net: number) => {
    const around = neighbours.get(from) ?? new Map<string, number>();
    around.set(to, net);
    neighbours.set(from, around);
  };
  for (const { a, b, net } of ties) {
    link(a, b, net);
    link(b, a, net);
  }
  return neighbours;
}
