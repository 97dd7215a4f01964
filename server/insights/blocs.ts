import louvainModule from 'graphology-communities-louvain';
import type { Edge } from '../http/graph.ts';
import { Random } from '../corpus/random.ts';
import { signedNeighbours, signedTies, type SignedTie } from './signs.ts';
import type { Insight } from './view.ts';
import { undirectedWeighted, type Link } from './weighted-graph.ts';

/**
 * Blocs: a partition of the view's actors so that positive ties fall inside blocs and negative ties between them
 * (Doreian and Mrvar's blockmodelling of signed networks, by local search):
 * 1. seed: Louvain communities (graphology-communities-louvain, a fixed random seed) of the positive ties alone,
 *    weighted by their net claims;
 * 2. greedy frustration minimisation: each actor in turn moves to the bloc (or a bloc of its own) that most lowers
 *    the frustration, i.e. the net claims of negative ties inside blocs plus positive ties between them; rounds
 *    repeat until no move lowers it.
 * Actors without a signed tie (only negotiations, or claims that cancel out) belong to no bloc. For comparison, the
 * answer carries the unsigned Louvain communities of the same view (every relation a tie, weighted by its claims)
 * and how many signed ties they agree with.
 */

const louvain = louvainModule as unknown as typeof louvainModule.default;
const maxRounds = 50;

export interface Agreement {
  /** Signed ties: positive inside a bloc or negative between blocs agree. */
  ties: number;
  agreeing: number;
  share: number | null;
  /** The same share with each tie weighted by its net claims. */
  weightedShare: number | null;
}

export interface Blocs {
  blocs: { id: number; actors: string[]; positive: number; negative: number }[];
  /** actor id → bloc id (actors without a signed tie: none). */
  membership: Record<string, number>;
  agreement: Agreement;
  unsigned: { communities: number; membership: Record<string, number>; agreement: Agreement };
}

function agreementOf(ties: SignedTie[], membership: Map<string, number>): Agreement {
  let agreeing = 0;
  let weight = 0;
  let agreeingWeight = 0;
  for (const { a, b, net } of ties) {
    const together = membership.get(a) === membership.get(b);
    weight += Math.abs(net);
    if (together === net > 0) {
      agreeing++;
      agreeingWeight += Math.abs(net);
    }
  }
  return { ties: ties.length, agreeing, share: ties.length ? agreeing / ties.length : null, weightedShare: weight ? agreeingWeight / weight : null };
}

/** Louvain communities of a weighted undirected graph, deterministic. */
function communities(actors: string[], links: Link[]): Map<string, number> {
  const random = new Random(1);
  return new Map(Object.entries(louvain(undirectedWeighted(actors, links), { getEdgeWeight: 'weight', rng: () => random.next() })));
}

/** Moves each actor to the bloc that most lowers the frustration, until none does. */
function minimiseFrustration(actors: string[], neighbours: Map<string, Map<string, number>>, membership: Map<string, number>): void {
  let nextBloc = Math.max(-1, ...membership.values()) + 1;
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (const actor of actors) {
      // cost(bloc) = positive claims to actors outside it + negative claims to actors inside it: up to a constant,
      // the negative minus the positive claims into the bloc; a bloc of its own costs 0 on that scale.
      const pull = new Map<number, number>();
      for (const [other, net] of neighbours.get(actor)!) {
        const bloc = membership.get(other)!;
        pull.set(bloc, (pull.get(bloc) ?? 0) + net);
      }
      const current = membership.get(actor)!;
      let best = current;
      let bestPull = pull.get(current) ?? 0;
      if (bestPull < 0) [best, bestPull] = [nextBloc, 0];
      for (const [bloc, value] of pull) if (value > bestPull) [best, bestPull] = [bloc, value];
      if (best !== current) {
        membership.set(actor, best);
        if (best === nextBloc) nextBloc++;
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** Bloc ids renumbered 0, 1, … by size, largest first (ties by the first actor's id). */
function renumbered(membership: Map<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const [actor, bloc] of membership) members.set(bloc, [...(members.get(bloc) ?? []), actor]);
  const order = [...members.values()].map((actors) => actors.sort()).sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
  return new Map(order.flatMap((actors, index) => actors.map((actor) => [actor, index] as const)));
}

export function blocsOf(edges: Pick<Edge, 'source' | 'target' | 'type' | 'weight'>[]): Blocs {
  const ties = signedTies(edges);
  const neighbours = signedNeighbours(ties);
  const actors = [...neighbours.keys()].sort();
  const seed = communities(
    actors,
    ties.filter((tie) => tie.net > 0).map(({ a, b, net }) => ({ a, b, weight: net })),
  );
  minimiseFrustration(actors, neighbours, seed);
  const membership = renumbered(seed);

  const blocs = new Map<number, Blocs['blocs'][number]>();
  for (const [actor, id] of membership) {
    const bloc = blocs.get(id) ?? { id, actors: [], positive: 0, negative: 0 };
    bloc.actors.push(actor);
    blocs.set(id, bloc);
  }
  for (const { a, b, net } of ties) {
    const bloc = membership.get(a)!;
    if (bloc === membership.get(b)) blocs.get(bloc)![net > 0 ? 'positive' : 'negative']++;
  }

  const unsignedLinks = edges.map(({ source, target, weight }) => ({ a: source, b: target, weight }));
  const viewActors = [...new Set(unsignedLinks.flatMap(({ a, b }) => [a, b]))].sort();
  const unsigned = renumbered(communities(viewActors, unsignedLinks));
  return {
    blocs: [...blocs.values()].sort((x, y) => x.id - y.id),
    membership: Object.fromEntries(membership),
    agreement: agreementOf(ties, membership),
    unsigned: { communities: new Set(unsigned.values()).size, membership: Object.fromEntries(unsigned), agreement: agreementOf(ties, unsigned) },
  };
}

export const blocs: Insight = {
  name: 'blocs',
  compute: ({ view }) => blocsOf(view.edges),
};
