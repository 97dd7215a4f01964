import { DirectedGraph, UndirectedGraph } from 'graphology';

/** graphology graphs of the view's actors whose edges sum the weights of the links between the same two actors. */

export type Weighted = { weight?: number };
export interface Link {
  a: string;
  b: string;
  weight: number;
}

function fill<G extends UndirectedGraph<Record<string, never>, Weighted> | DirectedGraph<Record<string, never>, Weighted>>(graph: G, actors: string[], links: Link[]): G {
  for (const actor of actors) graph.mergeNode(actor);
  for (const { a, b, weight } of links) graph.updateEdge(a, b, (attributes) => ({ weight: (attributes.weight ?? 0) + weight }));
  return graph;
}

export const undirectedWeighted = (actors: string[], links: Link[]) => fill(new UndirectedGraph<Record<string, never>, Weighted>(), actors, links);
export const directedWeighted = (actors: string[], links: Link[]) => fill(new DirectedGraph<Record<string, never>, Weighted>(), actors, links);
